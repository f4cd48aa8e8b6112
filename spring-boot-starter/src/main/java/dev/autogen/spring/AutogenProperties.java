package dev.autogen.spring;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code autogen.*} in the application's configuration. The CLI and the Maven plugin read
 * {@code autogen.revisions-package} and {@code autogen.lock-timeout} from the same file, so the three agree.
 */
@ConfigurationProperties(prefix = "autogen")
public class AutogenProperties {
    /** Upgrade the database at start-up. */
    private boolean enabled = true;
    /** What to upgrade to: {@code head}, {@code heads}, a revision id, {@code label@head}. */
    private String target = "head";
    /** Package of the revision classes compiled into the application (sub-packages included); default: the application's package. */
    private String revisionsPackage;
    /** How long to wait for another instance's migration lock (default 60s). */
    private Duration lockTimeout;
    /** After upgrading, stop the start-up when the database and the entities differ (what 'autogen check' reports). */
    private boolean failOnDrift;

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public String getRevisionsPackage() {
        return revisionsPackage;
    }

    public void setRevisionsPackage(String revisionsPackage) {
        this.revisionsPackage = revisionsPackage;
    }

    public Duration getLockTimeout() {
        return lockTimeout;
    }

    public void setLockTimeout(Duration lockTimeout) {
        this.lockTimeout = lockTimeout;
    }

    public boolean isFailOnDrift() {
        return failOnDrift;
    }

    public void setFailOnDrift(boolean failOnDrift) {
        this.failOnDrift = failOnDrift;
    }
}
