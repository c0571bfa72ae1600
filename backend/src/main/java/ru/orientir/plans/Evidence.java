package ru.orientir.plans;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.*;
import java.time.OffsetDateTime;

/**
 * Evidence of an activity: a note, a link or a file. The file's bytes (column {@code content}) are not mapped: they
 * are written and read as streams ({@link EvidenceService}), never held whole in memory.
 */
@Entity
@Table(name = "activity_evidence")
public class Evidence extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "activity_id")
    public Activity activity;

    public String kind;
    public String name;

    @Column(name = "content_type")
    public String contentType;

    public Long size;
    public String sha256;
    public String note;
    public String link;

    @Column(name = "uploaded_by")
    public String uploadedBy;

    @Column(name = "uploaded_at")
    public OffsetDateTime uploadedAt = OffsetDateTime.now();
}
