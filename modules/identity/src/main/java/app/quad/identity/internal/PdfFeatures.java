package app.quad.identity.internal;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * Looks through every object a PDF reader could reach, from the trailer down, for what makes a
 * document do things rather than show them. Only dictionaries are looked at; stream contents are
 * never unpacked. Links to web pages and jumps within the document are fine.
 */
final class PdfFeatures {

    /** More objects than any résumé has; a file with more is refused rather than walked for long. */
    static final int MAX_OBJECTS = 500_000;

    private static final COSName JS = COSName.getPDFName("JS");
    private static final COSName JAVA_SCRIPT = COSName.getPDFName("JavaScript");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName ACTION_TYPE = COSName.getPDFName("S");
    private static final COSName EMBEDDED_FILES = COSName.getPDFName("EmbeddedFiles");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EF");
    private static final COSName TYPE = COSName.getPDFName("Type");
    private static final COSName SUBTYPE = COSName.getPDFName("Subtype");
    private static final COSName EMBEDDED_FILE_TYPE = COSName.getPDFName("EmbeddedFile");

    private static final Set<COSName> SCRIPT_ACTIONS = names("JavaScript");

    /** Actions that start programs, open or fetch other files, submit or import form data, or play media. */
    private static final Set<COSName> OUTWARD_ACTIONS = names("Launch", "SubmitForm", "ImportData", "GoToR", "GoToE",
            "RichMediaExecute", "Rendition", "Movie", "Sound");

    /** Annotations that carry files or media with them. */
    private static final Set<COSName> MEDIA_ANNOTATIONS = names("FileAttachment", "RichMedia", "Screen", "Movie",
            "Sound", "3D");

    static final String SCRIPT = "The PDF contains JavaScript or a scripted form.";
    static final String ACTION = "The PDF contains actions that start programs, open other files or send form data.";
    static final String ATTACHMENT = "The PDF contains attached files or embedded media.";
    static final String TOO_COMPLEX = "The PDF has more than " + String.format("%,d", MAX_OBJECTS) + " objects.";

    private PdfFeatures() {
    }

    /** Why the document is refused, for the person who uploaded it; empty if nothing was found. */
    static Optional<String> refusal(COSDocument document) {
        Deque<COSBase> pending = new ArrayDeque<>();
        Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        pending.push(document.getTrailer());
        while (!pending.isEmpty()) {
            COSBase item = pending.pop();
            if (item instanceof COSObject reference) {
                item = reference.getObject();
            }
            if (item == null || !seen.add(item)) {
                continue;
            }
            if (seen.size() > MAX_OBJECTS) {
                return Optional.of(TOO_COMPLEX);
            }
            if (item instanceof COSDictionary dictionary) {
                String found = refusal(dictionary);
                if (found != null) {
                    return Optional.of(found);
                }
                dictionary.getValues().forEach(pending::push);
            } else if (item instanceof COSArray array) {
                array.forEach(pending::push);
            }
        }
        return Optional.empty();
    }

    private static String refusal(COSDictionary dictionary) {
        COSName action = name(dictionary, ACTION_TYPE);
        if (dictionary.containsKey(JS) || dictionary.containsKey(JAVA_SCRIPT) || dictionary.containsKey(XFA)
                || SCRIPT_ACTIONS.contains(action)) {
            return SCRIPT;
        }
        if (OUTWARD_ACTIONS.contains(action)) {
            return ACTION;
        }
        if (dictionary.containsKey(EMBEDDED_FILES) || dictionary.containsKey(EMBEDDED_FILE)
                || EMBEDDED_FILE_TYPE.equals(name(dictionary, TYPE))
                || MEDIA_ANNOTATIONS.contains(name(dictionary, SUBTYPE))) {
            return ATTACHMENT;
        }
        return null;
    }

    /** The name under the key, or a name that matches nothing when the value is missing or not a name. */
    private static COSName name(COSDictionary dictionary, COSName key) {
        return dictionary.getDictionaryObject(key) instanceof COSName name ? name : COSName.getPDFName("");
    }

    private static Set<COSName> names(String... names) {
        return Set.of(Arrays.stream(names).map(COSName::getPDFName).toArray(COSName[]::new));
    }
}
