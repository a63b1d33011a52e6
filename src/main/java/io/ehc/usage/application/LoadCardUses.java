package io.ehc.usage.application;

import io.ehc.shared.Channel;
import io.ehc.shared.Ids;
import io.ehc.shared.error.InvalidInput;
import io.ehc.usage.CardUseLoader;
import io.ehc.usage.domain.CardUse;
import io.ehc.usage.domain.CardUses;
import io.ehc.usage.domain.CareStep;
import io.ehc.usage.domain.Scene;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Bulk loading of use records with their rollups, one transaction per call; see {@link CardUseLoader}. */
@Service
public class LoadCardUses implements CardUseLoader {
    private final CardUses uses;

    LoadCardUses(CardUses uses) {
        this.uses = uses;
    }

    @Override
    @Transactional
    public int load(List<Use> batch) {
        List<CardUse> records = new ArrayList<>(batch.size());
        for (Use u : batch) {
            CareStep step = new CareStep(u.careStep());
            Scene scene = u.scene() == null ? null : new Scene(u.scene());
            if (scene != null && !scene.refines(step))
                throw new InvalidInput("scene", "does not belong to the care step");
            Channel.ofCode(u.channel());
            if (!u.useRegion().matches("[0-9]{6}") || !u.homeRegion().matches("[0-9]{6}"))
                throw new InvalidInput("region", "must be six digits");
            records.add(new CardUse(
                    Ids.timeOrdered(u.usedAt().toEpochMilli()),
                    u.usedAt(),
                    u.usedAt(),
                    u.ehcId(),
                    u.institutionCode(),
                    u.institutionGrade(),
                    u.departmentCode(),
                    u.useRegion(),
                    u.homeRegion(),
                    u.channel(),
                    step,
                    scene,
                    "SCAN",
                    u.codeType(),
                    null,
                    null));
        }
        uses.appendAll(records);
        return records.size();
    }

    @Override
    public void preparePeriod(Instant from, Instant to) {
        var first = from.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        var last = to.atOffset(ZoneOffset.UTC).toLocalDate().withDayOfMonth(1);
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, last) + 2;
        uses.ensurePartitions(first.atStartOfDay().toInstant(ZoneOffset.UTC), months);
    }
}
