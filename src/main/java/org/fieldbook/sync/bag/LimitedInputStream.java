package org.fieldbook.sync.bag;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.fieldbook.sync.BundleRejected;

/** Stops reading an entry that inflates to more than its declared size (a lying zip bomb). */
final class LimitedInputStream extends FilterInputStream {
    private final long limit;
    private final String name;
    private long count;

    LimitedInputStream(InputStream in, long limit, String name) {
        super(in);
        this.limit = limit;
        this.name = name;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    private void count(int n) {
        count += n;
        if (count > limit) {
            throw BundleRejected.coded("entry.largerThanDeclared", "entry " + name + " is larger than its declared size (possible zip bomb)",
                    name);
        }
    }
}
