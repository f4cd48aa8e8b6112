package com.example.drifted;

import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.Configuration;

/** The library's entities plus {@link Review}, as after an entity edit that has no revision yet. */
@Configuration
@EntityScan(basePackages = {"com.example.library", "com.example.drifted"})
public class DriftedModel {
}
