package io.ehc.support;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * A camera for browser tests: a QR code rendered into a Y4M video that chromium plays as its camera
 * ({@code --use-fake-device-for-media-stream --use-file-for-fake-video-capture}), with the permission prompt
 * answered yes. Each call launches a browser of its own (the flags are per process); close it with the page's context.
 */
public final class FakeCamera {
    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;

    private FakeCamera() {}

    /** Writes a Y4M video (4:2:0, grey) of a few identical frames showing the text as a QR code. */
    public static Path videoOf(String text) {
        BitMatrix qr;
        try {
            qr = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        int scale = Math.max(1, 220 / qr.getWidth());
        int size = qr.getWidth() * scale;
        int left = (WIDTH - size) / 2;
        int top = (HEIGHT - size) / 2;
        byte[] luma = new byte[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++)
            for (int x = 0; x < WIDTH; x++) {
                int qx = (x - left) / scale;
                int qy = (y - top) / scale;
                boolean dark = x >= left && y >= top && qx < qr.getWidth() && qy < qr.getHeight() && qr.get(qx, qy);
                luma[y * WIDTH + x] = (byte) (dark ? 16 : 235);
            }
        byte[] chroma = new byte[(WIDTH / 2) * (HEIGHT / 2)];
        java.util.Arrays.fill(chroma, (byte) 128);
        try {
            Path dir = Paths.get("target", "fake-camera");
            Files.createDirectories(dir);
            Path file = Files.createTempFile(dir, "qr-", ".y4m");
            try (OutputStream out = Files.newOutputStream(file)) {
                out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
                        .getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 10; i++) {
                    out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
                    out.write(luma);
                    out.write(chroma);
                    out.write(chroma);
                }
            }
            return file.toAbsolutePath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A browser whose camera shows the video, with one page open: Chinese, laptop-sized, camera allowed. Closing it
     * ends the browser and its Playwright driver.
     */
    public record Camera(Playwright playwright, Page page) implements AutoCloseable {
        @Override
        public void close() {
            playwright.close();
        }
    }

    public static Camera browserWithCamera(Path video) {
        Playwright playwright = Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        try {
            com.microsoft.playwright.Browser browser = Browser.launch(
                    playwright,
                    List.of(
                            "--use-fake-device-for-media-stream",
                            "--use-fake-ui-for-media-stream",
                            "--use-file-for-fake-video-capture=" + video));
            var context = browser.newContext(new NewContextOptions()
                    .setViewportSize(1366, 900)
                    .setLocale("zh-CN")
                    .setTimezoneId("Asia/Shanghai"));
            context.setDefaultTimeout(20_000);
            return new Camera(playwright, context.newPage());
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }
}
