package dev.readiness.scan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DOCKER_CERT_PATH directories as openssl writes them (generated here, so no key is committed): the
 * three key encodings are read, the key pairs with its certificate, and a mutual-TLS handshake with a
 * server trusting the same CA completes.
 */
class CertDirectoryTlsTest {
  @TempDir static Path work;
  static boolean openssl;

  @BeforeAll
  static void keys() throws Exception {
    openssl = run(work, "openssl", "version");
    if (!openssl) {
      System.out.println("CertDirectoryTlsTest skipped: no openssl on PATH to generate test keys");
      return;
    }
    assertTrue(run(work, "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "ca-key.pem", "-out", "ca.pem",
        "-days", "2", "-subj", "/CN=readiness test CA"));
    // openssl 3 writes PKCS#8 unless told -traditional; 1.1 writes PKCS#1 and has no such flag
    if (!run(work, "openssl", "genrsa", "-traditional", "-out", "rsa1.pem", "2048")) {
      assertTrue(run(work, "openssl", "genrsa", "-out", "rsa1.pem", "2048"));
    }
    assertTrue(run(work, "openssl", "pkcs8", "-topk8", "-nocrypt", "-in", "rsa1.pem", "-out", "rsa8.pem"));
    assertTrue(run(work, "openssl", "ecparam", "-name", "prime256v1", "-genkey", "-noout", "-out", "ec.pem"));
    assertTrue(run(work, "openssl", "pkcs8", "-topk8", "-in", "rsa1.pem", "-out", "enc.pem", "-passout", "pass:secret"));
    for (String key : List.of("rsa1", "ec")) {
      assertTrue(run(work, "openssl", "req", "-new", "-key", key + ".pem", "-out", key + ".csr", "-subj", "/CN=" + key));
      assertTrue(run(work, "openssl", "x509", "-req", "-in", key + ".csr", "-CA", "ca.pem", "-CAkey", "ca-key.pem",
          "-CAcreateserial", "-out", key + "-cert.pem", "-days", "2"));
    }
  }

  @Test
  void readsTheThreeKeyEncodingsAndPairsThemWithTheCertificate() throws Exception {
    assumeTrue(openssl, "no openssl");
    assertTrue(Files.readString(work.resolve("rsa1.pem")).startsWith("-----BEGIN RSA PRIVATE KEY-----"));
    assertTrue(Files.readString(work.resolve("rsa8.pem")).startsWith("-----BEGIN PRIVATE KEY-----"));
    assertTrue(Files.readString(work.resolve("ec.pem")).contains("-----BEGIN EC PRIVATE KEY-----"));
    assertSigns("rsa1.pem", "rsa1-cert.pem", "SHA256withRSA");
    assertSigns("rsa8.pem", "rsa1-cert.pem", "SHA256withRSA");
    assertSigns("ec.pem", "ec-cert.pem", "SHA256withECDSA");
  }

  @Test
  void mutualTlsHandshakeCompletes() throws Exception {
    assumeTrue(openssl, "no openssl");
    SSLContext server = new CertDirectoryTls(certDir("server", "rsa1.pem", "rsa1-cert.pem")).getSSLContext();
    SSLContext client = new CertDirectoryTls(certDir("client", "ec.pem", "ec-cert.pem")).getSSLContext();
    try (SSLServerSocket listener = (SSLServerSocket) server.getServerSocketFactory().createServerSocket(0)) {
      listener.setNeedClientAuth(true);
      CompletableFuture<String> peer = CompletableFuture.supplyAsync(() -> {
        try (SSLSocket s = (SSLSocket) listener.accept()) {
          s.getOutputStream().write('k');
          s.getOutputStream().flush();
          return ((X509Certificate) s.getSession().getPeerCertificates()[0]).getSubjectX500Principal().getName();
        } catch (IOException e) {
          throw new RuntimeException(e);
        }
      });
      try (SSLSocket s = (SSLSocket) client.getSocketFactory().createSocket("localhost", listener.getLocalPort())) {
        s.startHandshake();
        assertEquals('k', s.getInputStream().read());
      }
      assertEquals("CN=ec", peer.get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void anEncryptedKeyIsRefusedWithAMessage() throws Exception {
    assumeTrue(openssl, "no openssl");
    Path dir = certDir("encrypted", "enc.pem", "rsa1-cert.pem");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new CertDirectoryTls(dir).getSSLContext());
    assertTrue(e.getMessage().contains("encrypted"), e.getMessage());
  }

  private static void assertSigns(String key, String cert, String algorithm) throws Exception {
    PrivateKey k = CertDirectoryTls.privateKey(Files.readString(work.resolve(key), StandardCharsets.US_ASCII));
    X509Certificate c = (X509Certificate) CertDirectoryTls.certificates(work.resolve(cert)).get(0);
    Signature sign = Signature.getInstance(algorithm);
    sign.initSign(k);
    sign.update("readiness".getBytes(StandardCharsets.UTF_8));
    byte[] signature = sign.sign();
    Signature verify = Signature.getInstance(algorithm);
    verify.initVerify(c.getPublicKey());
    verify.update("readiness".getBytes(StandardCharsets.UTF_8));
    assertTrue(verify.verify(signature), key + " does not pair with " + cert);
  }

  private static Path certDir(String name, String key, String cert) throws IOException {
    Path dir = Files.createDirectories(work.resolve(name));
    Files.copy(work.resolve("ca.pem"), dir.resolve("ca.pem"));
    Files.copy(work.resolve(key), dir.resolve("key.pem"));
    Files.copy(work.resolve(cert), dir.resolve("cert.pem"));
    return dir;
  }

  private static boolean run(Path dir, String... command) throws InterruptedException {
    try {
      Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    }
  }
}
