package jp.konbini.central.carrier;

/**
 * The port to the carriers' provisioning systems. Called inside the transaction that stores the
 * record, with that transaction's {@link LineBook}: the simulated carrier keeps its books in the
 * central database, so crediting the line and storing the record commit or roll back together.
 * A real adapter ignores the book and relies on the request's idempotency key instead.
 */
public interface CarrierGateway {

    CarrierAnswer topUp(CarrierRequest request, LineBook book);
}
