package io.ehc.h5.application;

import io.ehc.shared.error.ErrorCodes;
import io.ehc.shared.error.PlatformException;

/** A person who is neither the signed-in resident nor bound to them: answered like a person who does not exist. */
public class NotYours extends PlatformException {
    public NotYours() {
        super(ErrorCodes.NOT_YOURS, 404, "no such person among yours");
    }
}
