package org.fieldbook.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.TreeMap;
import org.fieldbook.sync.merge.LineMerge;
import org.fieldbook.sync.merge.Stamps;
import org.junit.jupiter.api.Test;

class LineMergeTest {
    @Test
    void nonOverlappingEditsCombine() {
        var r = LineMerge.merge("a\nb\nc\nd", "A\nb\nc\nd", "a\nb\nc\nD");
        assertEquals("A\nb\nc\nD", r.text());
        assertFalse(r.conflict());
    }

    @Test
    void insertionsAndDeletionsOnDifferentLinesCombine() {
        var r = LineMerge.merge("a\nb\nc\nd\ne", "a\nnew\nb\nc\nd\ne", "a\nb\nc\ne");
        assertEquals("a\nnew\nb\nc\ne", r.text());
        assertFalse(r.conflict());
    }

    @Test
    void overlappingEditsConflictAndPickTheSameSideWhicheverIsLocal() {
        var one = LineMerge.merge("a\nb\nc", "x\nb\nc", "y\nb\nC");
        var two = LineMerge.merge("a\nb\nc", "y\nb\nC", "x\nb\nc");
        assertTrue(one.conflict());
        assertTrue(two.conflict());
        assertEquals(one.text(), two.text());
        assertEquals("y\nb\nC", one.text());
    }

    /**
     * Found by the generated histories: three people each corrected a different, adjacent line; merged as one hunk,
     * the result depended on the order the versions arrived in, so two workspaces that had every bundle differed.
     */
    @Test
    void adjacentLineEditsCombineAndThreeVersionsGiveOneResultInEveryOrder() {
        String base = "0\n1\n2\n3";
        String a = "0\n1\n2\nA";
        String b = "0\nB\n2\n3";
        String c = "0\n1\nC\n3";
        var ab = LineMerge.merge(base, a, b);
        assertFalse(ab.conflict());
        assertEquals("0\nB\n2\nA", ab.text());
        var ac = LineMerge.merge(base, a, c);
        assertFalse(ac.conflict(), "adjacent lines are not a conflict");
        assertEquals("0\n1\nC\nA", ac.text());
        String expected = "0\nB\nC\nA";
        assertEquals(expected, LineMerge.merge(base, ab.text(), c).text());
        assertEquals(expected, LineMerge.merge(base, ac.text(), b).text());
        assertEquals(expected, LineMerge.merge(base, b, ac.text()).text());
        // the same line changed three ways: a conflict, and the larger line whatever the order
        String x = "0\nx\n2\n3";
        String y = "0\ny\n2\n3";
        String z = "0\nz\n2\nZ";
        var xy = LineMerge.merge(base, x, y);
        assertTrue(xy.conflict());
        var yz = LineMerge.merge(base, y, z);
        assertEquals(LineMerge.merge(base, xy.text(), z).text(), LineMerge.merge(base, yz.text(), x).text());
        assertEquals("0\nz\n2\nZ", LineMerge.merge(base, z, xy.text()).text());
    }

    @Test
    void sameChangeOnBothSidesIsNoConflict() {
        var r = LineMerge.merge("a\nb", "a\nB\nc", "a\nB\nc");
        assertFalse(r.conflict());
        assertEquals("a\nB\nc", r.text());
    }

    @Test
    void seenMapsTellWhetherAnEditWasKnown() {
        TreeMap<String, String> seen = new TreeMap<>();
        String s1 = "001700000000000-00000-aaaaaaaa";
        String s2 = "001700000000500-00000-aaaaaaaa";
        Stamps.include(seen, s1);
        assertTrue(Stamps.known(seen, s1));
        assertFalse(Stamps.known(seen, s2));
        assertTrue(Stamps.known(seen, s1 + "~abc"), "a derived stamp is known with its clock part");
        assertFalse(Stamps.known(seen, "001600000000000-00000-bbbbbbbb"), "another node's edit is unknown");
    }
}
