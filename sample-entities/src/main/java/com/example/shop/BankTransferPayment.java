package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment received by bank transfer, matched to the order by its remittance reference. */
@Entity
@Table(name = "bank_transfer_payment")
@PrimaryKeyJoinColumn(name = "payment_id")
public class BankTransferPayment extends Payment {

    @Column(nullable = false, length = 34)
    private String iban;

    @Column(nullable = false, length = 140)
    private String reference;

    protected BankTransferPayment() {
    }

    public BankTransferPayment(Order order, BigDecimal amount, String currency, Instant receivedAt, String iban,
                               String reference) {
        super(order, amount, currency, receivedAt);
        this.iban = iban;
        this.reference = reference;
    }

    public String getIban() {
        return iban;
    }

    public String getReference() {
        return reference;
    }
}
