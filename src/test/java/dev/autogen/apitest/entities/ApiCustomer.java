package dev.autogen.apitest.entities;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The entity LibraryApiIT compares its database with; the two revisions in apitest.migrations create it. */
@Entity
@Table(name = "api_customer")
public class ApiCustomer {
    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(length = 200)
    private String email;
}
