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
