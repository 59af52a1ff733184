package com.atlassian.mail;

/**
 * atlassian-mail: a mail could not be built or sent. A checked exception: the atlassian-mail javadoc shows it under
 * {@code java.lang.Exception} (through commons-lang's {@code NestableException} in atlassian-mail 1.x, which
 * is itself an Exception; later lines drop commons-lang). The four usual constructors.
 */
public class MailException extends Exception {
    public MailException() {
    }

    public MailException(String message) {
        super(message);
    }

    public MailException(Throwable cause) {
        super(cause);
    }

    public MailException(String message, Throwable cause) {
        super(message, cause);
    }
}
