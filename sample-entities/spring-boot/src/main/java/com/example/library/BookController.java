package com.example.library;

import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/** {@code GET /books?author=LAST_NAME} and {@code POST /books}. */
@RestController
@RequestMapping("/books")
public class BookController {
    private final BookRepository books;
    private final AuthorRepository authors;

    public BookController(BookRepository books, AuthorRepository authors) {
        this.books = books;
        this.authors = authors;
    }

    /** What a client sends and gets back. */
    public record BookView(String title, LocalDate publishedOn, String authorFirstName, String authorLastName) {
        static BookView of(Book b) {
            return new BookView(b.getTitle(), b.getPublishedOn(), b.getMainAuthor().getFirstName(),
                    b.getMainAuthor().getLastName());
        }
    }

    @GetMapping
    @Transactional(readOnly = true)
    public List<BookView> byAuthor(@RequestParam("author") String lastName) {
        return books.findByMainAuthorLastName(lastName).stream().map(BookView::of).toList();
    }

    @PostMapping
    @Transactional
    public BookView add(@RequestBody BookView view) {
        Author author = authors.save(new Author(view.authorFirstName(), view.authorLastName()));
        return BookView.of(books.save(new Book(view.title(), view.publishedOn(), author)));
    }
}
