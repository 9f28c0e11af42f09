package org.fieldbook.app.ui;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A test class that runs against the main window: before each test a fresh workspace is opened in a temporary folder,
 * the {@link MainWindow} is built on TestFX's stage and shown; after each test the window is closed (on the FX thread)
 * and then the workspace. The test receives what it needs in fields marked {@link Inject}: the {@link MainWindow}, its
 * {@code Services}, the workspace folder ({@code Path}) and the {@code Stage}. See {@link WindowTestExtension}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(ApplicationExtension.class)
@ExtendWith(WindowTestExtension.class)
@interface WindowTest {
    /** The window's language: English unless this is set. */
    boolean french() default false;

    /** The stage's width, set before it is shown (0: the window's own size). */
    int width() default 0;

    /** The stage's height, set before it is shown (0: the window's own size). */
    int height() default 0;

    /** A field the extension fills before each test: MainWindow, Services, Path (the workspace folder) or Stage. */
    @Target(ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface Inject {
    }

    /**
     * A method (no arguments) run on the FX thread after the workspace is open and the {@link Inject} Services, Path and
     * Stage fields are set, before the window is built: for data the window must find when it starts.
     */
    @Target(ElementType.METHOD)
    @Retention(RetentionPolicy.RUNTIME)
    @interface BeforeWindow {
    }
}
