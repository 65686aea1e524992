package org.coop.gateway.account;

import org.springframework.data.repository.reactive.ReactiveCrudRepository;

public interface OrganizationRepository extends ReactiveCrudRepository<Organization, String> {
}
