package io.gemlink.linking.web;

import io.gemlink.linking.api.ImportSourceView;
import io.gemlink.linking.boundary.ImportRunService;
import io.gemlink.linking.boundary.ImportSourceService;
import io.gemlink.platform.api.ConflictException;
import io.gemlink.platform.api.PageRequest;
import io.gemlink.web.admin.CurrentUser;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The import sources page: every source with its status, last and next run, stale flag; "Run now". */
@Named
@RequestScoped
public class ImportSourcesBacking {

    @EJB
    ImportSourceService sources;

    @EJB
    ImportRunService runs;

    @Inject
    CurrentUser currentUser;

    private List<ImportSourceView> list;

    public List<ImportSourceView> getSources() {
        if (list == null) {
            list = sources.list(currentUser.accountId(), PageRequest.of(0, PageRequest.MAX_SIZE))
                    .items();
        }
        return list;
    }

    /** Starts a run and opens the source's runs page, where its progress shows. */
    public String runNow(long sourceId) {
        try {
            runs.runNow(currentUser.accountId(), sourceId);
        } catch (ConflictException e) {
            FacesContext.getCurrentInstance()
                    .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, e.getMessage(), null));
        }
        return "/admin/imports/runs?faces-redirect=true&source=" + sourceId;
    }
}
