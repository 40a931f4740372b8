package dev.readiness.scan.runtime;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A unix-socket server that either never answers or answers every request with a fixed HTTP response. */
final class FakeSocketServer implements AutoCloseable {
  private final Path path;
  private final ServerSocketChannel server;
  private final Thread acceptor;
  private final List<SocketChannel> clients = new ArrayList<>();

  private FakeSocketServer(Path path, String response) throws IOException {
    this.path = path;
    this.server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    server.bind(UnixDomainSocketAddress.of(path));
    this.acceptor = new Thread(() -> serve(response), "fake-engine");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  /** Accepts connections and reads requests but never writes a byte. */
  static FakeSocketServer hanging(Path path) throws IOException {
    return new FakeSocketServer(path, null);
  }

  /** Answers every request with this status line, content type and body, then closes. */
  static FakeSocketServer http(Path path, String status, String contentType, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new FakeSocketServer(path, "HTTP/1.1 " + status + "\r\nContent-Type: " + contentType
        + "\r\nContent-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n" + body);
  }

  String uri() { return "unix://" + path; }

  private void serve(String response) {
    while (server.isOpen()) {
      try {
        SocketChannel client = server.accept();
        synchronized (clients) {
          clients.add(client);
        }
        readHeaders(client);
        if (response != null) {
          client.write(ByteBuffer.wrap(response.getBytes(StandardCharsets.UTF_8)));
          client.close();
        }
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void readHeaders(SocketChannel client) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(8192);
    StringBuilder seen = new StringBuilder();
    while (!seen.toString().contains("\r\n\r\n") && client.read(buf) > 0) {
      buf.flip();
      seen.append(StandardCharsets.ISO_8859_1.decode(buf));
      buf.clear();
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    synchronized (clients) {
      for (SocketChannel c : clients) c.close();
    }
    Files.deleteIfExists(path);
  }
}
