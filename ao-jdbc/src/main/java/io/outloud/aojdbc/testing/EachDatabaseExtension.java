package io.outloud.aojdbc.testing;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

import java.util.List;
import java.util.stream.Stream;

/** Supplies the {@link EachDatabase} invocations: one per database kind. */
public final class EachDatabaseExtension implements TestTemplateInvocationContextProvider {
    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return true;
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return TestDatabases.kinds().map(Invocation::new);
    }

    private record Invocation(DatabaseKind kind) implements TestTemplateInvocationContext {
        @Override
        public String getDisplayName(int invocationIndex) {
            return kind.toString();
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new DatabaseLifecycle(kind));
        }
    }

    /** Opens the database before each test (skipping or failing there if unavailable) and closes it after. */
    private static final class DatabaseLifecycle implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
        private final DatabaseKind kind;
        private TestDatabase database;

        DatabaseLifecycle(DatabaseKind kind) {
            this.kind = kind;
        }

        @Override
        public void beforeEach(ExtensionContext context) {
            database = TestDatabases.open(kind);
        }

        @Override
        public void afterEach(ExtensionContext context) {
            if (database != null) {
                database.close();
                database = null;
            }
        }

        @Override
        public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return parameterContext.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
            return database;
        }
    }
}
