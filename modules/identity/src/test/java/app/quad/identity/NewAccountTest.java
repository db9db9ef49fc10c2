package app.quad.identity;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertFalse;

class NewAccountTest {

    @Test
    void passwordNeverAppearsInToString() {
        NewAccount account = new NewAccount("ada@example.edu", "Ada", "correct horse battery", Set.of(Role.STUDENT));
        assertFalse(account.toString().contains("correct horse battery"));
    }
}
