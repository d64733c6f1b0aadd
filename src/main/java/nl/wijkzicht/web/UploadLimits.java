package nl.wijkzicht.web;

import java.util.Set;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * How large an uploaded file may be. The reply attachments' limit is a setting, {@code
 * wijkzicht.attachments.max-bytes} ({@code WIJKZICHT_ATTACHMENTS_MAX_BYTES}), default 10 MiB; the
 * pages that take such a file ({@link #ATTACHMENT_PAGES}) accept a multipart body of that size plus
 * {@link #FORM_OVERHEAD} for the form around it, every other multipart form {@link
 * ClientErrorFilter#MAX_UPLOAD_BYTES}.
 */
public final class UploadLimits {

  public static final String MAX_BYTES_SETTING = "wijkzicht.attachments.max-bytes";
  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

  /** Room for the other fields of the form and the multipart boundaries. */
  public static final long FORM_OVERHEAD = 256L * 1024;

  /** The pages (servlet paths) that take a reply attachment. */
  public static final Set<String> ATTACHMENT_PAGES = Set.of("/reply/visit.xhtml");

  private UploadLimits() {}

  /**
   * The largest attachment, in bytes (the setting, or 10 MiB when it is absent or not positive).
   */
  public static long attachmentMaxBytes() {
    long configured =
        ConfigProvider.getConfig()
            .getOptionalValue(MAX_BYTES_SETTING, Long.class)
            .orElse(DEFAULT_MAX_BYTES);
    return configured > 0 ? configured : DEFAULT_MAX_BYTES;
  }
}
