package nl.wijkzicht.provider.view;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import nl.wijkzicht.WijkzichtException;
import nl.wijkzicht.provider.boundary.ProviderImportReport;
import nl.wijkzicht.provider.boundary.ProviderImportService;
import nl.wijkzicht.security.boundary.CurrentUser;
import nl.wijkzicht.web.Messages;
import org.primefaces.model.file.UploadedFile;

/** /provider/import.xhtml: upload a CSV of organisations and locations, see the report per line. */
@Named
@ViewScoped
public class ProviderImportBacking implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ProviderImportService imports;
  @Inject private CurrentUser currentUser;

  private transient UploadedFile file;
  private ProviderImportReport report;

  public void upload() throws IOException {
    if (file == null || file.getSize() == 0) {
      Messages.error("provider_import.no_file");
      return;
    }
    try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
      report = imports.importCsv(currentUser.actor(), reader);
      if (report.isImported()) {
        Messages.info(
            "provider_import.done",
            report.providersCreated(),
            report.locationsCreated(),
            report.locationsSkipped());
      } else {
        Messages.error("provider_import.refused", report.problems().size());
      }
    } catch (WijkzichtException e) {
      Messages.error(e);
    }
  }

  public String text(ProviderImportReport.Line line) {
    return Messages.text(
        FacesContext.getCurrentInstance().getViewRoot().getLocale(),
        line.key(),
        line.arguments().toArray());
  }

  public UploadedFile getFile() {
    return file;
  }

  public void setFile(UploadedFile file) {
    this.file = file;
  }

  public ProviderImportReport getReport() {
    return report;
  }
}
