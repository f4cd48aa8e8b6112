package com.example.shop;

/** Where an order is in its life cycle; stored by name, so constants may be reordered but not renamed. */
public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    DELIVERED,
    CANCELLED
}
