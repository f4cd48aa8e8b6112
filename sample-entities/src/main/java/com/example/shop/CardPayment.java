package com.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment by credit or debit card; only the brand and last four digits are kept. */
@Entity
@Table(name = "card_payment")
@PrimaryKeyJoinColumn(name = "payment_id")
public class CardPayment extends Payment {

    @Column(nullable = false, length = 20)
    private String brand;

    @Column(name = "last_four", nullable = false, length = 4)
    private String lastFour;

    @Column(name = "authorization_code", length = 40)
    private String authorizationCode;

    protected CardPayment() {
    }

    public CardPayment(Order order, BigDecimal amount, String currency, Instant receivedAt, String brand,
                       String lastFour) {
        super(order, amount, currency, receivedAt);
        this.brand = brand;
        this.lastFour = lastFour;
    }

    public String getBrand() {
        return brand;
    }

    public String getLastFour() {
        return lastFour;
    }

    public String getAuthorizationCode() {
        return authorizationCode;
    }

    public void setAuthorizationCode(String authorizationCode) {
        this.authorizationCode = authorizationCode;
    }
}
