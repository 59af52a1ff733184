import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * Checks an app signature the way a Java host does it, independently of openssl: the certificate
 * is read with the JDK's X.509 factory and must be valid now, its key must be Ed25519, and the
 * Base64 signature must verify over the jar's exact bytes with the JDK's Ed25519 implementation.
 *
 * <p>Run without compiling (JDK 15 or later): {@code java scripts/lib/VerifyAppSignature.java
 * <app.jar> <app.jar.sig> <certificate.crt>}. Exit status 0 when it verifies, 1 when it does not,
 * 2 on bad arguments.
 */
public class VerifyAppSignature {
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java VerifyAppSignature.java <app.jar> <app.jar.sig> <certificate.crt>");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        Path sig = Path.of(args[1]);
        Path crt = Path.of(args[2]);

        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(crt)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        try {
            certificate.checkValidity();
        } catch (Exception e) {
            fail("certificate is not valid now: " + e.getMessage());
        }
        PublicKey key = certificate.getPublicKey();
        if (!"EdDSA".equals(key.getAlgorithm()) && !"Ed25519".equals(key.getAlgorithm())) {
            fail("certificate key is " + key.getAlgorithm() + ", not Ed25519");
        }

        byte[] signature;
        try {
            String text = Files.readString(sig, StandardCharsets.US_ASCII).strip();
            signature = Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            fail("signature file is not one Base64 value: " + e.getMessage());
            return;
        }
        if (signature.length != 64) {
            fail("signature has " + signature.length + " bytes; an Ed25519 signature has 64");
        }

        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(Files.readAllBytes(jar));
        if (!verifier.verify(signature)) {
            fail("signature does not match " + jar.getFileName() + " and this certificate");
        }
        System.out.println("java: OK " + jar.getFileName() + " verifies under "
                + certificate.getSubjectX500Principal().getName());
    }

    private static void fail(String message) {
        System.out.println("java: FAILED " + message);
        System.exit(1);
    }
}
