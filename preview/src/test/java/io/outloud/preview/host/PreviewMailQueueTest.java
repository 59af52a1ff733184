package io.outloud.preview.host;

import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
import com.atlassian.core.task.MultiQueueTaskManager;
import com.atlassian.core.task.Task;
import com.atlassian.mail.MailException;
import com.atlassian.mail.queue.MailQueueItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The mail queue has Confluence's real shapes and rules: Confluence's mail item is not a Task (8.x-10.x javadoc), so
 * code compiled against the old shape, which queues the item itself, is refused here as Confluence's queue fails on
 * it; a Task of the app's own that sends the item is run and its mail delivered.
 */
class PreviewMailQueueTest {

    @Test
    void confluencesMailItem_isAMailQueueItem_andNotATask() throws Exception {
        assertFalse(Task.class.isAssignableFrom(ConfluenceMailQueueItem.class), "Confluence 8.x-10.x: not a Task");
        assertTrue(MailQueueItem.class.isAssignableFrom(ConfluenceMailQueueItem.class));
        assertArrayEquals(new Class<?>[]{Comparable.class}, MailQueueItem.class.getInterfaces(), "MailQueueItem extends only Comparable");
        assertThrows(NoSuchMethodException.class, () -> ConfluenceMailQueueItem.class.getMethod("execute"));
        Method send = ConfluenceMailQueueItem.class.getMethod("send");
        assertArrayEquals(new Class<?>[]{MailException.class}, send.getExceptionTypes());
        assertTrue(send.isAnnotationPresent(Deprecated.class), "send() is deprecated in 9.x and 10.x");
        assertFalse(RuntimeException.class.isAssignableFrom(MailException.class), "MailException is checked");
        assertTrue(Exception.class.isAssignableFrom(MailException.class));
    }

    @Test
    void codeCompiledAgainstTheOldShape_queuesTheItemItself_andIsRefused_whereConfluencesQueueFailsAsIncompatibleClassChange(@TempDir Path dir)
            throws Exception {
        Class<?> oldChannel = compileAgainstTheOldShape(dir);
        Method send = oldChannel.getMethod("send", MultiQueueTaskManager.class);

        // Confluence's queue calls execute() on whatever it was given: the JVM lets the item through the Task-typed
        // parameter (interfaces are not checked there) and fails at the call. The mail is lost.
        MultiQueueTaskManager confluenceLike = (queue, task) -> {
            try {
                task.execute();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        InvocationTargetException inConfluence = assertThrows(InvocationTargetException.class, () -> send.invoke(null, confluenceLike));
        assertInstanceOf(IncompatibleClassChangeError.class, inConfluence.getCause());

        InvocationTargetException inPreview = assertThrows(InvocationTargetException.class, () -> send.invoke(null, new PreviewMailQueue(null)));
        assertInstanceOf(IllegalArgumentException.class, inPreview.getCause());
        assertTrue(inPreview.getCause().getMessage().contains("IncompatibleClassChangeError"), inPreview.getCause().getMessage());
    }

    @Test
    void aTaskThatSendsTheItem_isRun_andItsMailReachesTheMailServer() throws Exception {
        List<ConfluenceMailQueueItem> sent = new java.util.ArrayList<>();
        Task task = () -> new ConfluenceMailQueueItem("farid@example.test", "Hi", "<p>x</p>", ConfluenceMailQueueItem.MIME_TYPE_HTML).send();

        ConfluenceMailQueueItem.runWithMailServer(sent::add, task);

        assertEquals(1, sent.size());
        assertEquals("Hi", sent.get(0).getSubject());
        assertThrows(MailException.class, task::execute, "outside a queue's run there is no mail server");
        assertThrows(IllegalArgumentException.class, () -> new PreviewMailQueue(null).addTask("other", task), "only the mail queue runs");
    }

    /**
     * Compiles a caller against the old declaration (a ConfluenceMailQueueItem that is a Task) and loads it beside the
     * real one, as a plugin built against the wrong host-api runs inside Confluence.
     */
    private static Class<?> compileAgainstTheOldShape(Path dir) throws Exception {
        Path sources = Files.createDirectories(dir.resolve("src"));
        Path oldItem = Files.createDirectories(sources.resolve("com/atlassian/confluence/mail/template")).resolve("ConfluenceMailQueueItem.java");
        Files.writeString(oldItem, """
                package com.atlassian.confluence.mail.template;
                public class ConfluenceMailQueueItem implements com.atlassian.core.task.Task {
                    public ConfluenceMailQueueItem(String to, String subject, String body, String mimeType) { }
                    public void execute() { }
                }
                """);
        Path caller = Files.createDirectories(sources.resolve("oldshape")).resolve("OldMailChannel.java");
        Files.writeString(caller, """
                package oldshape;
                import com.atlassian.confluence.mail.template.ConfluenceMailQueueItem;
                public class OldMailChannel {
                    public static void send(com.atlassian.core.task.MultiQueueTaskManager queue) {
                        queue.addTask("mail", new ConfluenceMailQueueItem("farid@example.test", "Hi", "<p>x</p>", "text/html"));
                    }
                }
                """);
        Path classes = Files.createDirectories(dir.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int status = javac.run(null, null, errors, "-d", classes.toString(), "-cp", System.getProperty("java.class.path"),
                oldItem.toString(), caller.toString());
        assertEquals(0, status, errors.toString());
        byte[] bytes = Files.readAllBytes(classes.resolve("oldshape/OldMailChannel.class"));
        ClassLoader loader = new ClassLoader(PreviewMailQueueTest.class.getClassLoader()) {
            @Override
            protected Class<?> findClass(String name) throws ClassNotFoundException {
                if (name.equals("oldshape.OldMailChannel")) {
                    return defineClass(name, bytes, 0, bytes.length);
                }
                throw new ClassNotFoundException(name);
            }
        };
        return loader.loadClass("oldshape.OldMailChannel");
    }
}
