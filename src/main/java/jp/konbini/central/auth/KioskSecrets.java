package jp.konbini.central.auth;

import java.util.Optional;

/** The signing secret of each registered kiosk. */
public interface KioskSecrets {

    Optional<byte[]> secretOf(String kioskId);
}
