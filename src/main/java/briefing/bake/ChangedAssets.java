package briefing.bake;

import java.io.File;
import java.util.Set;
import java.util.TreeSet;
import org.jbake.app.Asset;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * JBake's asset copier for an incremental bake: copies only the assets that changed since the last bake
 * into the same output, each through JBake's own {@link Asset#copySingleFile}, instead of every asset
 * again (at 1,000 statements the data files alone are 26 MB). The staging content folder holds only
 * content files, so there are no assets to copy from it.
 */
final class ChangedAssets extends Asset {

    private final JBakeConfiguration config;
    private final Set<String> changed;

    /** {@code changed}: paths relative to the asset folder. */
    ChangedAssets(JBakeConfiguration config, Set<String> changed) {
        super(config);
        this.config = config;
        this.changed = new TreeSet<>(changed);
    }

    @Override
    public void copy() {
        for (String path : changed) {
            copySingleFile(new File(config.getAssetFolder(), path));
        }
    }

    @Override
    public void copyAssetsFromContent(File path) {
        // staging content holds content files only (StagingWriter): nothing to copy
    }
}
