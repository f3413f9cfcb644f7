package se.enkat.publication.rest;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes through to the response and keeps a copy of what was written, as long as it stays under a
 * limit: past it the copy is dropped, so a large answer is still only streamed.
 */
final class KeepingOutputStream extends FilterOutputStream {

  private final int limit;
  private ByteArrayOutputStream copy = new ByteArrayOutputStream(64 * 1024);

  KeepingOutputStream(OutputStream out, int limit) {
    super(out);
    this.limit = limit;
  }

  @Override
  public void write(int b) throws IOException {
    out.write(b);
    keep(new byte[] {(byte) b}, 0, 1);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
    keep(bytes, offset, length);
  }

  private void keep(byte[] bytes, int offset, int length) {
    if (copy == null) {
      return;
    }
    if (copy.size() + length > limit) {
      copy = null;
    } else {
      copy.write(bytes, offset, length);
    }
  }

  /** Everything written, or null when it went past the limit. */
  byte[] kept() {
    return copy == null ? null : copy.toByteArray();
  }
}
