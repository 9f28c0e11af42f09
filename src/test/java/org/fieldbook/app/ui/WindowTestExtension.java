package org.fieldbook.app.ui;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.stage.Stage;
import org.fieldbook.TestWorkspace;
import org.fieldbook.app.Services;
import org.fieldbook.support.ui.I18n;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens a workspace and the main window before each test and closes both after it; runs after TestFX's
 * {@code ApplicationExtension}, which provides the stage and the robot. Used through {@link WindowTest}, or registered with
 * {@code @RegisterExtension} when the language or size is only known at run time ({@link #WindowTestExtension(Locale, int, int)}).
 * The window is closed on the FX thread (at most 10 s), then the workspace, then its temporary folder is deleted. When a
 * test replaces the window in its {@link WindowTest.Inject} field (to reopen it), the one in the field is closed too.
 */
final class WindowTestExtension implements BeforeEachCallback, AfterEachCallback {
    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(WindowTestExtension.class);
    private static final long TIMEOUT_SECONDS = 10;

    private final Locale locale;
    private final int width;
    private final int height;

    /** Settings from the test class's {@link WindowTest} annotation. */
    WindowTestExtension() {
        this(null, 0, 0);
    }

    /** The window in {@code locale}, with the stage {@code width} × {@code height} (0: the window's own size). */
    WindowTestExtension(Locale locale, int width, int height) {
        this.locale = locale;
        this.width = width;
        this.height = height;
    }

    /** What one test opened. */
    private record Opened(Path temp, Services services, MainWindow window) {
    }

    @Override
    public void beforeEach(ExtensionContext context) throws Exception {
        Object test = context.getRequiredTestInstance();
        WindowTest settings = context.getRequiredTestClass().getAnnotation(WindowTest.class);
        Locale lang = locale != null ? locale : settings != null && settings.french() ? Locale.FRENCH : Locale.ENGLISH;
        int w = width > 0 || settings == null ? width : settings.width();
        int h = height > 0 || settings == null ? height : settings.height();
        Stage stage = FxToolkit.toolkitContext().getRegisteredStage();
        Path temp = Files.createTempDirectory("fieldbook-window-");
        Path folder = temp.resolve("ws");
        Services[] services = new Services[1];
        try {
            MainWindow window = onFx(() -> {
                services[0] = TestWorkspace.open(folder);
                inject(test, Services.class, services[0]);
                inject(test, Path.class, folder);
                inject(test, Stage.class, stage);
                for (Method m : annotated(test.getClass())) {
                    m.setAccessible(true);
                    m.invoke(test);
                }
                MainWindow opened = new MainWindow(stage, services[0], new I18n(lang), file -> { });
                if (w > 0) {
                    stage.setWidth(w);
                }
                if (h > 0) {
                    stage.setHeight(h);
                }
                stage.show();
                inject(test, MainWindow.class, opened);
                return opened;
            });
            context.getStore(NS).put(Opened.class, new Opened(temp, services[0], window));
        } catch (Exception | Error e) {
            if (services[0] != null) {
                services[0].close();
            }
            delete(temp);
            throw e;
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        Opened opened = context.getStore(NS).remove(Opened.class, Opened.class);
        if (opened == null) {
            return;
        }
        try {
            Object current = injected(context.getRequiredTestInstance(), MainWindow.class);
            WaitForAsyncUtils.asyncFx(() -> {
                opened.window().close();
                if (current instanceof MainWindow replaced) {
                    replaced.close();
                }
            }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } finally {
            opened.services().close();
            delete(opened.temp());
        }
    }

    private interface FxWork<T> {
        T run() throws Exception;
    }

    /** Runs {@code work} on the FX thread and hands back its result or its own exception (not a wrapper). */
    private static <T> T onFx(FxWork<T> work) throws Exception {
        try {
            return WaitForAsyncUtils.asyncFx(() -> {
                try {
                    return work.run();
                } catch (InvocationTargetException e) {
                    throw e.getCause() instanceof Exception c ? c : e;
                }
            }).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Exception c) {
                throw c;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static Stream<Field> fields(Class<?> type, Class<?> valueType) {
        Stream<Field> own = Stream.of(type.getDeclaredFields())
                .filter(f -> f.isAnnotationPresent(WindowTest.Inject.class) && f.getType() == valueType);
        return type.getSuperclass() == null ? own : Stream.concat(own, fields(type.getSuperclass(), valueType));
    }

    private static void inject(Object test, Class<?> valueType, Object value) throws IllegalAccessException {
        for (Field f : fields(test.getClass(), valueType).toList()) {
            f.setAccessible(true);
            f.set(test, value);
        }
    }

    private static Object injected(Object test, Class<?> valueType) throws IllegalAccessException {
        for (Field f : fields(test.getClass(), valueType).toList()) {
            f.setAccessible(true);
            return f.get(test);
        }
        return null;
    }

    private static java.util.List<Method> annotated(Class<?> type) {
        return Stream.<Class<?>>iterate(type, t -> t != null, t -> t.getSuperclass())
                .flatMap(t -> Stream.of(t.getDeclaredMethods()))
                .filter(m -> m.isAnnotationPresent(WindowTest.BeforeWindow.class))
                .toList();
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> all = Files.walk(folder)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
