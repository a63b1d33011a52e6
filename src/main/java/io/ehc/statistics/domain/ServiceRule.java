package io.ehc.statistics.domain;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A rule of the mapping from recorded uses to services: a use shows the service in use when its care step, scene
 * and channel match every field the rule gives (a null field or an empty channel set matches anything).
 */
public record ServiceRule(
        String service, @Nullable String careStep, @Nullable String scene, Set<String> channels, String basis) {
    public ServiceRule {
        if (careStep == null && scene == null)
            throw new IllegalArgumentException("a rule names a care step or a scene");
        channels = Set.copyOf(channels);
    }

    public boolean matches(String useCareStep, String useScene, String useChannel) {
        return (careStep == null || careStep.equals(useCareStep))
                && (scene == null || scene.equals(useScene))
                && (channels.isEmpty() || channels.contains(useChannel));
    }
}
