package sample;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "customer")
public class Customer {
    @Id
    private Long id;

    @Column(nullable = false, length = 100)
    private String name;
    // PluginIT adds a field here
}
