package io.ehc.identity.application;

import io.ehc.identity.MasterIndex;
import io.ehc.identity.domain.MobilePhone;
import io.ehc.identity.domain.Residents;
import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.InvalidInput;
import io.ehc.shared.error.NotFound;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 更换手机号: a resident moves their registration to a new mobile number after proving they hold it with a one-time
 * code sent to that number (bound to this resident, so a code for someone else's change never passes).
 */
@Service
public class ChangePhone {
    private final Residents residents;
    private final OneTimeCodes codes;

    ChangePhone(Residents residents, OneTimeCodes codes) {
        this.residents = residents;
        this.codes = codes;
    }

    public void sendCode(MasterIndex resident, String newPhone) {
        MobilePhone phone = new MobilePhone(newPhone);
        residents.find(resident).orElseThrow(() -> new NotFound(ErrorCodes.NOT_REGISTERED, "no such resident"));
        codes.countRequest(phone);
        codes.send(OneTimeCodes.Purpose.CHANGE_PHONE, phone, resident);
    }

    @Transactional
    public void change(MasterIndex resident, String newPhone, String code) {
        MobilePhone phone = new MobilePhone(newPhone);
        if (code.isBlank()) throw InvalidInput.missing("code");
        if (codes.check(OneTimeCodes.Purpose.CHANGE_PHONE, phone, resident, code)
                .isEmpty()) throw new InvalidInput(ErrorCodes.BAD_CREDENTIALS, "code", "is wrong or expired");
        if (!residents.changePhone(resident, phone)) throw new NotFound(ErrorCodes.NOT_REGISTERED, "no such resident");
    }

    /** The resident's phone number, masked (138****1234), or empty for a person registered without one. */
    public java.util.Optional<String> maskedPhone(MasterIndex resident) {
        return residents
                .find(resident)
                .flatMap(r -> java.util.Optional.ofNullable(r.phone()))
                .map(p -> io.ehc.shared.privacy.Mask.phone(p.value()));
    }
}
