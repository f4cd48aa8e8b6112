package com.example.library;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

@Entity
public class Book {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(nullable = false)
    private String title;
    private LocalDate publishedOn;
    @ManyToOne
    private Author mainAuthor;
    /** Spring Boot names the join table book_tags (SpringImplicitNamingStrategy), not book_tag. */
    @ManyToMany
    private Set<Tag> tags = new HashSet<>();

    protected Book() {
    }

    public Book(String title, LocalDate publishedOn, Author mainAuthor) {
        this.title = title;
        this.publishedOn = publishedOn;
        this.mainAuthor = mainAuthor;
    }

    public Long getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Author getMainAuthor() {
        return mainAuthor;
    }

    public Set<Tag> getTags() {
        return tags;
    }
}
