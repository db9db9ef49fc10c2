package app.quad.platform.faces;

import app.quad.platform.Rejection;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Puts messages where the person reading the form looks for them: at the field concerned. */
public final class FieldMessages {

    private FieldMessages() {
    }

    /**
     * Shows a service's rejection at its field ({@code <formId>:<field>}), or above the form when
     * the form has no such field.
     */
    public static void show(String formId, Rejection rejection) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String clientId = formId + ":" + rejection.field();
        boolean onForm = faces.getViewRoot().findComponent(":" + clientId) != null;
        error(onForm ? clientId : null, rejection.getMessage());
    }

    /** An error at the component with the client id, or for the whole page when it is null. */
    public static void error(String clientId, String message) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
        faces.validationFailed();
    }

    /** A confirmation for the whole page. */
    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, message));
    }
}
