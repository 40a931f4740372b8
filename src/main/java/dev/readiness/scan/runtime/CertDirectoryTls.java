package dev.readiness.scan.runtime;

import com.github.dockerjava.transport.SSLConfig;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * TLS to an engine from a DOCKER_CERT_PATH directory, read as the docker CLI reads it: {@code ca.pem}
 * (the CAs to trust; without it the JDK's defaults), {@code cert.pem} and {@code key.pem} (the client's
 * identity). The key may be PKCS#8 ({@code PRIVATE KEY}), PKCS#1 RSA ({@code RSA PRIVATE KEY}) or SEC1
 * EC ({@code EC PRIVATE KEY}); the JDK reads the certificates and, once wrapped in PKCS#8, the keys.
 * Encrypted keys are refused with a message (the docker CLI does not read them either).
 */
final class CertDirectoryTls implements SSLConfig {
  private static final Pattern PEM = Pattern.compile(
      "-----BEGIN ([A-Z0-9 ]+)-----\\s*(.*?)-----END \\1-----", Pattern.DOTALL);
  private static final byte[] RSA_ENCRYPTION = oid(1, 2, 840, 113549, 1, 1, 1);
  private static final byte[] EC_PUBLIC_KEY = oid(1, 2, 840, 10045, 2, 1);
  private static final char[] PASSWORD = "readiness".toCharArray();

  private final Path dir;

  CertDirectoryTls(Path dir) {
    this.dir = dir;
  }

  @Override
  public SSLContext getSSLContext() {
    try {
      KeyManagerFactory keys = null;
      Path cert = dir.resolve("cert.pem");
      Path key = dir.resolve("key.pem");
      if (Files.exists(cert) || Files.exists(key)) {
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(null, null);
        identity.setKeyEntry("docker", privateKey(read(key)), PASSWORD, certificates(cert).toArray(Certificate[]::new));
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(identity, PASSWORD);
      }
      TrustManagerFactory trust = null;
      Path ca = dir.resolve("ca.pem");
      if (Files.exists(ca)) {
        KeyStore anchors = KeyStore.getInstance("PKCS12");
        anchors.load(null, null);
        int i = 0;
        for (Certificate c : certificates(ca)) anchors.setCertificateEntry("ca-" + i++, c);
        trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(anchors);
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust == null ? null : trust.getTrustManagers(), null);
      return context;
    } catch (IOException | GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("cannot use the TLS files in " + dir + " (DOCKER_CERT_PATH): " + e.getMessage(), e);
    }
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.US_ASCII);
  }

  static List<Certificate> certificates(Path file) throws IOException, GeneralSecurityException {
    List<Certificate> out = new ArrayList<>(CertificateFactory.getInstance("X.509")
        .generateCertificates(new ByteArrayInputStream(Files.readAllBytes(file))));
    if (out.isEmpty()) throw new GeneralSecurityException(file.getFileName() + " holds no certificate");
    return out;
  }

  /** The private key of a PEM text, whichever of the three unencrypted encodings it uses. */
  static PrivateKey privateKey(String pem) throws GeneralSecurityException {
    Matcher m = PEM.matcher(pem);
    while (m.find()) {
      String type = m.group(1);
      String body = m.group(2);
      if (body.contains("Proc-Type:") || type.equals("ENCRYPTED PRIVATE KEY")) {
        throw new GeneralSecurityException("key.pem is encrypted; decrypt it first (openssl pkey -in key.pem -out key.pem)");
      }
      byte[] der = Base64.getMimeDecoder().decode(body);
      switch (type) {
        case "PRIVATE KEY":
          return pkcs8(der);
        case "RSA PRIVATE KEY":
          return pkcs8(sequence(integerZero(), sequence(RSA_ENCRYPTION, new byte[] {0x05, 0x00}), tlv(0x04, der)));
        case "EC PRIVATE KEY":
          return pkcs8(sequence(integerZero(), sequence(EC_PUBLIC_KEY, curveOf(der)), tlv(0x04, der)));
        default:
          // parameters or certificates in the same file: look further
      }
    }
    throw new GeneralSecurityException("key.pem holds no private key");
  }

  private static PrivateKey pkcs8(byte[] der) throws GeneralSecurityException {
    PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
    GeneralSecurityException last = null;
    for (String algorithm : new String[] {"RSA", "EC", "Ed25519", "Ed448"}) {
      try {
        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
      } catch (GeneralSecurityException e) {
        last = e;
      }
    }
    throw new GeneralSecurityException("unsupported private key: " + last.getMessage());
  }

  /** The named-curve OID (tag and all) in a SEC1 ECPrivateKey's [0] parameters. */
  private static byte[] curveOf(byte[] sec1) throws GeneralSecurityException {
    Der seq = new Der(sec1, 0);
    if (seq.tag != 0x30) throw new GeneralSecurityException("EC PRIVATE KEY is not a DER sequence");
    for (int at = seq.start; at < seq.end; ) {
      Der element = new Der(sec1, at);
      if (element.tag == 0xA0) {
        Der curve = new Der(sec1, element.start);
        if (curve.tag == 0x06) return java.util.Arrays.copyOfRange(sec1, element.start, curve.end);
      }
      at = element.end;
    }
    throw new GeneralSecurityException("EC PRIVATE KEY does not name its curve");
  }

  /** One DER element: tag, where its content starts and where it ends. */
  private static final class Der {
    final int tag;
    final int start;
    final int end;

    Der(byte[] b, int at) throws GeneralSecurityException {
      if (at + 2 > b.length) throw new GeneralSecurityException("truncated DER");
      tag = b[at] & 0xff;
      int len = b[at + 1] & 0xff;
      int pos = at + 2;
      if (len >= 0x80) {
        int n = len & 0x7f;
        if (n == 0 || n > 3 || pos + n > b.length) throw new GeneralSecurityException("bad DER length");
        len = 0;
        for (int i = 0; i < n; i++) len = (len << 8) | (b[pos++] & 0xff);
      }
      start = pos;
      end = pos + len;
      if (end > b.length) throw new GeneralSecurityException("truncated DER");
    }
  }

  private static byte[] integerZero() {
    return new byte[] {0x02, 0x01, 0x00};
  }

  private static byte[] sequence(byte[]... parts) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    for (byte[] p : parts) content.writeBytes(p);
    return tlv(0x30, content.toByteArray());
  }

  private static byte[] tlv(int tag, byte[] content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(tag);
    int len = content.length;
    if (len < 0x80) {
      out.write(len);
    } else if (len < 0x100) {
      out.write(0x81);
      out.write(len);
    } else if (len < 0x10000) {
      out.write(0x82);
      out.write(len >> 8);
      out.write(len);
    } else {
      out.write(0x83);
      out.write(len >> 16);
      out.write(len >> 8);
      out.write(len);
    }
    out.writeBytes(content);
    return out.toByteArray();
  }

  /** A DER OBJECT IDENTIFIER. */
  private static byte[] oid(int... arcs) {
    ByteArrayOutputStream content = new ByteArrayOutputStream();
    content.write(arcs[0] * 40 + arcs[1]);
    for (int i = 2; i < arcs.length; i++) {
      int v = arcs[i];
      int shift = 28;
      while (shift > 0 && (v >>> shift) == 0) shift -= 7;
      for (; shift > 0; shift -= 7) content.write(0x80 | ((v >>> shift) & 0x7f));
      content.write(v & 0x7f);
    }
    return tlv(0x06, content.toByteArray());
  }
}
