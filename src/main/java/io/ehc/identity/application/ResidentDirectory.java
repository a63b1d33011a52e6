package io.ehc.identity.application;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.ehc.identity.IdentityDocument;
import io.ehc.identity.MasterIndex;
import io.ehc.identity.ResidentLookup;
import io.ehc.identity.ResidentSummary;
import io.ehc.identity.domain.DocumentType;
import io.ehc.identity.domain.MobilePhone;
import io.ehc.identity.domain.Resident;
import io.ehc.identity.domain.Residents;
import io.ehc.shared.privacy.Mask;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Answers other modules' questions about residents. Summaries are cached (registration data does not change
 * through this API), which keeps the terminal verification path free of database round trips.
 */
@Service
public class ResidentDirectory implements ResidentLookup {
    private final Residents residents;
    private final Cache<String, ResidentSummary> summaries = Caffeine.newBuilder()
            .executor(Runnable::run) // maintenance on the caller: no wake-up of a pool thread per request
            .maximumSize(200_000)
            .expireAfterWrite(Duration.ofMinutes(10))
            .build();

    ResidentDirectory(Residents residents) {
        this.residents = residents;
    }

    public Optional<Resident> find(MasterIndex mi) {
        return residents.find(mi);
    }

    @Override
    public Optional<ResidentSummary> summary(MasterIndex mi) {
        ResidentSummary cached = summaries.getIfPresent(mi.value());
        if (cached != null) return Optional.of(cached);
        Optional<ResidentSummary> loaded = residents.find(mi).map(ResidentDirectory::summarise);
        loaded.ifPresent(s -> summaries.put(mi.value(), s));
        return loaded;
    }

    static ResidentSummary summarise(Resident r) {
        return new ResidentSummary(
                r.masterIndex().value(),
                r.name().value(),
                r.sex().code(),
                r.birthDate(),
                r.documentType() == null ? null : r.documentType().code(),
                r.documentNumber() == null ? null : Mask.document(r.documentNumber()),
                r.homeRegion(),
                r.temporary());
    }

    @Override
    public Optional<IdentityDocument> document(MasterIndex mi) {
        return residents
                .find(mi)
                .filter(r -> r.documentType() != null)
                .map(r -> new IdentityDocument(r.documentType().code(), r.documentNumber()));
    }

    @Override
    public List<io.ehc.identity.DocumentedResident> documents(java.util.Collection<MasterIndex> masterIndexes) {
        return residents.findAll(masterIndexes).stream()
                .filter(r -> r.documentType() != null && r.documentNumber() != null)
                .map(r -> new io.ehc.identity.DocumentedResident(
                        r.masterIndex(),
                        new IdentityDocument(r.documentType().code(), r.documentNumber()),
                        r.homeRegion()))
                .toList();
    }

    @Override
    public Optional<MasterIndex> findByDocument(String type, String number) {
        DocumentType t = DocumentType.ofCode(type);
        return residents.findByDocument(t, t.normalise(number));
    }

    @Override
    public List<MasterIndex> findByPhone(String phone) {
        return residents.findByPhone(new MobilePhone(phone).value());
    }
}
