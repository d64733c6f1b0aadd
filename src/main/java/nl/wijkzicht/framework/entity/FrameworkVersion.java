package nl.wijkzicht.framework.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One imported version of a framework: the file's text and SHA-256 hash as the version of record,
 * and its tree (scale, bands, themes, norms, questions) for studies to refer to.
 *
 * <p>Rule: a version is immutable. Importing the same code and version with a different hash is
 * refused (raise the version instead); {@link #isInUse()} marks a version a study has used.
 */
@Entity
@Table(name = "framework_version")
@NamedQuery(
    name = FrameworkVersion.FIND_ALL,
    query =
        "select v from FrameworkVersion v join fetch v.framework f order by f.code, v.sortKey desc")
@NamedQuery(
    name = FrameworkVersion.FIND_BY_CODE_AND_VERSION,
    query =
        "select v from FrameworkVersion v where v.framework.code = :code and v.version = :version")
@NamedQuery(
    name = FrameworkVersion.FIND_BY_FRAMEWORK,
    query =
        "select v from FrameworkVersion v where v.framework.code = :code order by v.sortKey desc")
public class FrameworkVersion implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String FIND_ALL = "FrameworkVersion.findAll";
  public static final String FIND_BY_CODE_AND_VERSION = "FrameworkVersion.findByCodeAndVersion";
  public static final String FIND_BY_FRAMEWORK = "FrameworkVersion.findByFramework";
  public static final int SOURCE_FILE_LENGTH = 200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @Column(name = "id")
  private Long id;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "framework_id", nullable = false)
  private Framework framework;

  @Column(name = "version", nullable = false, length = 20)
  private String version;

  @Column(name = "sort_key", nullable = false, length = 60)
  private String sortKey;

  @Column(name = "title_nl", nullable = false, length = 300)
  private String titleNl;

  @Column(name = "title_en", length = 300)
  private String titleEn;

  @Enumerated(EnumType.STRING)
  @Column(name = "roll_up_rule", nullable = false, length = 30)
  private RollUpRule rollUpRule;

  @Column(name = "theme_count", nullable = false)
  private int themeCount;

  @Column(name = "norm_count", nullable = false)
  private int normCount;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  @Column(name = "source_file", nullable = false, length = SOURCE_FILE_LENGTH)
  private String sourceFile;

  @Column(name = "content_hash", nullable = false, length = 64)
  private String contentHash;

  @Lob
  @Column(name = "content", nullable = false)
  private String content;

  @Column(name = "in_use", nullable = false)
  private boolean inUse;

  @Column(name = "imported_at", nullable = false)
  private Instant importedAt;

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<FrameworkRatingLevel> levels = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<FrameworkRatingBand> bands = new ArrayList<>();

  @OneToMany(mappedBy = "version", cascade = CascadeType.PERSIST)
  @OrderBy("position")
  private List<FrameworkTheme> themes = new ArrayList<>();

  protected FrameworkVersion() {
    // For JPA.
  }

  /** A new version with its whole tree, from a validated definition. */
  public FrameworkVersion(
      Framework framework,
      FrameworkDefinition definition,
      String sourceFile,
      String content,
      String contentHash,
      Instant importedAt) {
    this.framework = framework;
    this.version = definition.version();
    this.sortKey = sortKey(definition.version());
    this.titleNl = definition.title().nl();
    this.titleEn = definition.title().en();
    this.rollUpRule = definition.rollUp().rule();
    this.themeCount = definition.themes().size();
    this.normCount = (int) definition.norms().count();
    this.questionCount = (int) definition.questions().count();
    this.sourceFile =
        sourceFile.length() > SOURCE_FILE_LENGTH
            ? sourceFile.substring(sourceFile.length() - SOURCE_FILE_LENGTH)
            : sourceFile;
    this.content = content;
    this.contentHash = contentHash;
    this.importedAt = importedAt;
    var scale = definition.ratingScale();
    Stream.concat(scale.levels().stream(), Stream.ofNullable(scale.notAssessed()))
        .forEach(level -> levels.add(new FrameworkRatingLevel(this, levels.size(), level)));
    definition
        .rollUp()
        .bands()
        .forEach(band -> bands.add(new FrameworkRatingBand(this, bands.size(), band)));
    definition
        .themes()
        .forEach(theme -> themes.add(new FrameworkTheme(this, themes.size(), theme)));
  }

  /** Orders versions numerically: "1.10" after "1.9". */
  public static String sortKey(String version) {
    return Stream.of(version.split("\\."))
        .map(part -> String.format(Locale.ROOT, "%06d", Integer.parseInt(part)))
        .collect(Collectors.joining("."));
  }

  /** Marks the version as used by a study; from then on it can never change. */
  public void markInUse() {
    this.inUse = true;
  }

  public boolean hasContent(String hash) {
    return contentHash.equals(hash);
  }

  public Long getId() {
    return id;
  }

  public Framework getFramework() {
    return framework;
  }

  public String getCode() {
    return framework.getCode();
  }

  public String getVersion() {
    return version;
  }

  public LocalizedText getTitle() {
    return new LocalizedText(titleNl, titleEn);
  }

  public RollUpRule getRollUpRule() {
    return rollUpRule;
  }

  public int getThemeCount() {
    return themeCount;
  }

  public int getNormCount() {
    return normCount;
  }

  public int getQuestionCount() {
    return questionCount;
  }

  public String getSourceFile() {
    return sourceFile;
  }

  public String getContentHash() {
    return contentHash;
  }

  public String getContent() {
    return content;
  }

  public boolean isInUse() {
    return inUse;
  }

  public Instant getImportedAt() {
    return importedAt;
  }

  public List<FrameworkTheme> getThemes() {
    return themes;
  }

  public List<FrameworkRatingLevel> getLevels() {
    return levels;
  }

  public List<FrameworkRatingBand> getBands() {
    return bands;
  }
}
