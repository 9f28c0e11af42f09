package org.fieldbook.sync.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Three-way merge of texts, line by line (diff3): changes on one side only are taken, identical changes on both
 * sides once, and overlapping different changes are a conflict. In a conflict the result keeps, for that hunk,
 * the side whose lines sort last, so every workspace picks the same while a person decides. A hunk where both sides
 * replaced lines in place (same number of lines on all three sides) is settled line by line: edits of different
 * lines combine even when adjacent, and a line changed on both sides keeps the larger line, which makes the result
 * independent of the order in which three or more concurrent versions are merged.
 */
public final class LineMerge {
    private LineMerge() {
    }

    /** The merged text and whether any hunk conflicted. */
    public record Result(String text, boolean conflict) {
    }

    public static Result merge(String base, String local, String remote) {
        if (local.equals(remote)) {
            return new Result(local, false);
        }
        if (base.equals(local)) {
            return new Result(remote, false);
        }
        if (base.equals(remote)) {
            return new Result(local, false);
        }
        String[] o = base.split("\n", -1);
        String[] a = local.split("\n", -1);
        String[] b = remote.split("\n", -1);
        int[] ma = match(o, a);
        int[] mb = match(o, b);
        List<String> out = new ArrayList<>();
        boolean conflict = false;
        int i = 0;
        int j = 0;
        int k = 0;
        while (true) {
            int s = i;
            while (s < o.length && !(ma[s] >= 0 && mb[s] >= 0)) {
                s++;
            }
            int ja = s < o.length ? ma[s] : a.length;
            int kb = s < o.length ? mb[s] : b.length;
            String[] oc = Arrays.copyOfRange(o, i, s);
            String[] ac = Arrays.copyOfRange(a, j, ja);
            String[] bc = Arrays.copyOfRange(b, k, kb);
            if (Arrays.equals(ac, bc) || Arrays.equals(oc, bc)) {
                out.addAll(Arrays.asList(ac));
            } else if (Arrays.equals(oc, ac)) {
                out.addAll(Arrays.asList(bc));
            } else if (oc.length == ac.length && oc.length == bc.length) {
                // Lines replaced in place on both sides (adjacent edits, as when two people each correct a different
                // line): settled line by line, so only a line changed differently on both sides conflicts, and its
                // result (the larger line) is the same whatever order three or more versions are merged in.
                for (int x = 0; x < oc.length; x++) {
                    if (ac[x].equals(bc[x]) || oc[x].equals(bc[x])) {
                        out.add(ac[x]);
                    } else if (oc[x].equals(ac[x])) {
                        out.add(bc[x]);
                    } else {
                        conflict = true;
                        out.add(ac[x].compareTo(bc[x]) >= 0 ? ac[x] : bc[x]);
                    }
                }
            } else {
                conflict = true;
                String sa = String.join("\n", ac);
                String sb = String.join("\n", bc);
                out.addAll(Arrays.asList(sa.compareTo(sb) >= 0 ? ac : bc));
            }
            if (s >= o.length) {
                break;
            }
            out.add(o[s]);
            i = s + 1;
            j = ja + 1;
            k = kb + 1;
        }
        return new Result(String.join("\n", out), conflict);
    }

    /** For each line of {@code o}, the index of its partner in {@code x} along a longest common subsequence, or -1. */
    static int[] match(String[] o, String[] x) {
        int n = o.length;
        int m = x.length;
        int[] result = new int[n];
        Arrays.fill(result, -1);
        int pre = 0;
        while (pre < n && pre < m && o[pre].equals(x[pre])) {
            result[pre] = pre;
            pre++;
        }
        int suf = 0;
        while (suf < n - pre && suf < m - pre && o[n - 1 - suf].equals(x[m - 1 - suf])) {
            result[n - 1 - suf] = m - 1 - suf;
            suf++;
        }
        int rn = n - pre - suf;
        int rm = m - pre - suf;
        if (rn == 0 || rm == 0 || (long) rn * rm > 16_000_000L) {
            return result; // nothing left to match, or too large to compare line by line: the middle is one hunk
        }
        int[][] lcs = new int[rn + 1][rm + 1];
        for (int p = rn - 1; p >= 0; p--) {
            for (int q = rm - 1; q >= 0; q--) {
                lcs[p][q] = o[pre + p].equals(x[pre + q]) ? lcs[p + 1][q + 1] + 1 : Math.max(lcs[p + 1][q], lcs[p][q + 1]);
            }
        }
        int p = 0;
        int q = 0;
        while (p < rn && q < rm) {
            if (o[pre + p].equals(x[pre + q])) {
                result[pre + p] = pre + q;
                p++;
                q++;
            } else if (lcs[p + 1][q] >= lcs[p][q + 1]) {
                p++;
            } else {
                q++;
            }
        }
        return result;
    }
}
