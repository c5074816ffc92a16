package jp.konbini.device.acceptor;

import jp.konbini.domain.money.Yen;

/**
 * Decides, locally and at once, whether a note in escrow is taken or given back. Called on the
 * device thread while the note waits (the acceptor gives it back by itself after about 10 s), so
 * it must never wait on a network or a person.
 */
@FunctionalInterface
public interface EscrowDecider {

    enum Decision { STACK, RETURN }

    Decision decide(Yen value);
}
