package org.fieldbook.profile;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.fieldbook.store.Database;
import org.fieldbook.store.Sql;
import org.fieldbook.store.TrackedRecords;
import org.fieldbook.store.Tracker;

/** Stores profile sections, one tracked record each (saving one never rewrites another). */
public final class ProfileSectionRepository extends TrackedRecords {
    static final String TABLE = "profile_section";

    public ProfileSectionRepository(Database db, Tracker tracker) {
        super(db, tracker);
    }

    /** Same visit and key give the same id on every laptop, so two copies of a structure merge into one. */
    public static String sectionId(String visitId, String key) {
        return UUID.nameUUIDFromBytes(("profile_section:" + visitId + ":" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    public List<ProfileSection> forVisit(String visitId) {
        List<ProfileSection> list = db.read(c -> Sql.list(c, "SELECT * FROM profile_section WHERE visit_id=? AND deleted=0 ORDER BY ord",
                ProfileSectionRepository::map, visitId));
        list.forEach(this::seen);
        return list;
    }

    public Optional<ProfileSection> find(String id) {
        return db.read(c -> find(c, id)).map(this::seen);
    }

    /** Inside a write: the section as stored now, not remembered as what a person saw. */
    Optional<ProfileSection> find(Connection c, String id) throws SQLException {
        return Sql.one(c, "SELECT * FROM profile_section WHERE id=?", ProfileSectionRepository::map, id);
    }

    /** Tells the tracker this version was read (the base of a later update on a shared office database). */
    private ProfileSection seen(ProfileSection s) {
        tracker.seen(TABLE, s.id(), fields(s), s.revision());
        return s;
    }

    boolean exists(Connection c, String id) throws SQLException {
        return Sql.count(c, "SELECT count(*) FROM profile_section WHERE id=?", id) > 0;
    }

    void insert(Connection c, ProfileSection s) throws SQLException {
        tracker.insert(c, TABLE, s.id(), fields(s));
    }

    static Map<String, Object> fields(ProfileSection s) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("visit_id", s.visitId());
        f.put("key", s.key());
        f.put("ord", s.order());
        f.put("level", s.level());
        f.put("kind", s.kind().id());
        f.put("area_id", s.areaId());
        f.put("title_en", s.titleEn());
        f.put("title_fr", s.titleFr());
        f.put("body", s.body());
        f.put("status", s.status().id());
        f.put("owner", s.owner());
        return f;
    }

    boolean shared() {
        return tracker.shared();
    }

    /** Inside a write: the section as stored now, remembered as the version the write starts from. */
    Optional<ProfileSection> findForEdit(Connection c, String id) throws SQLException {
        return find(c, id).map(this::seen);
    }

    /** Updates fields of the section read at {@code revision} (0: unknown; see {@link Tracker#update}). */
    boolean update(Connection c, String id, Map<String, ?> fields, long revision) throws SQLException {
        return tracker.update(c, TABLE, id, fields, revision);
    }

    static ProfileSection map(ResultSet rs) throws SQLException {
        return new ProfileSection(rs.getString("id"), rs.getString("visit_id"), rs.getString("key"), rs.getInt("ord"),
                rs.getInt("level"), SectionKind.of(rs.getString("kind")), rs.getString("area_id"), rs.getString("title_en"),
                rs.getString("title_fr"), rs.getString("body"), SectionStatus.of(rs.getString("status")),
                rs.getString("owner"), rs.getString("author"), rs.getLong("revision"));
    }
}
