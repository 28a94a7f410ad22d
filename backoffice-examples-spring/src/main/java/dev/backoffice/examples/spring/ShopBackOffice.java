package dev.backoffice.examples.spring;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A small shop's back office as a Spring Boot application: the library runs inside Spring's
 * transactions (see {@link BackOfficeConfiguration}) behind a REST API ({@link BackOfficeApi}).
 *
 * <p>{@code ./mvnw -q -pl backoffice-examples-spring -am package -DskipTests -Pexample} starts it on
 * port 8080 over an H2 file database under {@code backoffice-examples-spring/target/}, with a demo
 * company in tenant {@code demo} (see {@link DemoCompany}); {@code spring.datasource.url} and its
 * user and password put it on PostgreSQL instead.
 */
@SpringBootApplication
public class ShopBackOffice {

    public static void main(String[] args) {
        SpringApplication.run(ShopBackOffice.class, args);
    }
}
