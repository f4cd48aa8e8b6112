package com.example.shop;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Comment;

/** A person who places orders, with separate billing and shipping addresses. */
@Entity
@Table(name = "customer", uniqueConstraints = @UniqueConstraint(name = "uk_customer_email", columnNames = "email"))
// Hibernate's @Comment (deprecated since 7 in favour of JPA 3.2's comment attribute, used on Product).
@Comment("People who can place orders")
@SuppressWarnings("deprecation")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(name = "full_name", nullable = false, length = 200)
    @Comment("Name as the customer wants it printed on invoices")
    private String fullName;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "billing_street", nullable = false, length = 200)),
            @AttributeOverride(name = "city", column = @Column(name = "billing_city", nullable = false, length = 100)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "billing_postal_code", nullable = false, length = 20)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "billing_country_code", nullable = false, length = 2))
    })
    private Address billingAddress;

    /** Nullable as a whole: when absent, orders ship to the billing address. */
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "street", column = @Column(name = "shipping_street", length = 200)),
            @AttributeOverride(name = "city", column = @Column(name = "shipping_city", length = 100)),
            @AttributeOverride(name = "postalCode", column = @Column(name = "shipping_postal_code", length = 20)),
            @AttributeOverride(name = "countryCode", column = @Column(name = "shipping_country_code", length = 2))
    })
    private Address shippingAddress;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "customer")
    private List<Order> orders = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String email, String fullName, Address billingAddress, Instant createdAt) {
        this.email = email;
        this.fullName = fullName;
        this.billingAddress = billingAddress;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getFullName() {
        return fullName;
    }

    public Address getBillingAddress() {
        return billingAddress;
    }

    public Address getShippingAddress() {
        return shippingAddress;
    }

    public void setShippingAddress(Address shippingAddress) {
        this.shippingAddress = shippingAddress;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<Order> getOrders() {
        return orders;
    }
}
