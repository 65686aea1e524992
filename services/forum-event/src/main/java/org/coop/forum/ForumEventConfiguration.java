package org.coop.forum;

import java.time.Clock;
import java.time.Duration;
import org.coop.forum.forum.adapter.mongo.MongoForumStore;
import org.coop.forum.forum.application.ForumService;
import org.coop.forum.meeting.adapter.mongo.MongoMatchReplica;
import org.coop.forum.meeting.adapter.mongo.MongoMeetingStore;
import org.coop.forum.meeting.application.MeetingService;
import org.coop.forum.meeting.domain.MeetingGrid;
import org.coop.forum.registration.adapter.mongo.MongoRegistrationStore;
import org.coop.forum.registration.application.RegistrationService;
import org.coop.platform.messaging.AggregateWriter;
import org.coop.platform.security.AuthorizationRules;
import org.coop.platform.security.PlatformRole;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Wires the use cases to their Mongo adapters, the indexes at start and the path rules. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ForumEventProperties.class)
@EnableScheduling
public class ForumEventConfiguration {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    @Bean
    MongoForumStore forumStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        return new MongoForumStore(mongo, writer);
    }

    @Bean
    MongoRegistrationStore registrationStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        return new MongoRegistrationStore(mongo, writer);
    }

    @Bean
    MongoMeetingStore meetingStore(ReactiveMongoTemplate mongo, AggregateWriter writer) {
        return new MongoMeetingStore(mongo, writer);
    }

    @Bean
    MongoMatchReplica matchReplica(ReactiveMongoTemplate mongo, Clock clock) {
        return new MongoMatchReplica(mongo, clock);
    }

    /** The unique index on live registrations and the booking keys are what keep the rules under concurrency. */
    @Bean
    SmartInitializingSingleton forumIndexes(MongoForumStore forums, MongoRegistrationStore registrations,
                                            MongoMeetingStore meetings, MongoMatchReplica matches) {
        return () -> forums.createIndexes()
                .then(registrations.createIndexes())
                .then(meetings.createIndexes())
                .then(matches.createIndexes())
                .block(START_TIMEOUT);
    }

    @Bean
    RegistrationService registrationService(MongoForumStore forums, MongoRegistrationStore registrations, Clock clock,
                                            ForumEventProperties properties) {
        return new RegistrationService(forums, forums, registrations, clock,
                properties.getRegistration().getMaxDelegationMembers(),
                properties.getRegistration().getPromotionScan());
    }

    @Bean
    PendingRegistrationRepair pendingRegistrationRepair(RegistrationService registrations,
                                                        ForumEventProperties properties) {
        return new PendingRegistrationRepair(registrations, properties.getRegistration().getRepairAfter());
    }

    @Bean
    ForumService forumService(MongoForumStore forums, RegistrationService registrations, Clock clock) {
        return new ForumService(forums, forums, clock, registrations::promote);
    }

    @Bean
    MeetingService meetingService(MongoForumStore forums, MongoRegistrationStore registrations,
                                  MongoMeetingStore meetings, MongoMatchReplica matches, Clock clock,
                                  ForumEventProperties properties) {
        ForumEventProperties.Meetings grid = properties.getMeetings();
        return new MeetingService(forums, registrations, meetings, matches,
                new MeetingGrid(grid.getSlotMinutes(), grid.getDayStartsAt(), grid.getDayEndsAt(),
                        grid.getMaxOrganizations()), clock);
    }

    /**
     * Path rules: forum organizers create and manage forums, list registrations and check people
     * in; the organizations that attend (colleges, enterprises, institutions, government) register
     * and arrange meetings; anyone signed in reads forums. Which forum, registration or meeting a
     * caller may touch is checked in the use cases (404 for others').
     */
    @Bean
    AuthorizationRules forumRules() {
        String organizer = PlatformRole.FORUM_ORGANIZER.name();
        String[] attendees = {PlatformRole.COLLEGE.name(), PlatformRole.ENTERPRISE.name(),
                PlatformRole.INSTITUTION.name(), PlatformRole.GOV_OFFICER.name()};
        return exchanges -> exchanges
                .pathMatchers(HttpMethod.POST, "/api/forums", "/api/forums/*/publish", "/api/forums/*/cancel")
                .hasRole(organizer)
                .pathMatchers(HttpMethod.PUT, "/api/forums/*").hasRole(organizer)
                .pathMatchers(HttpMethod.POST, "/api/forums/*/registrations/*/check-in").hasRole(organizer)
                .pathMatchers(HttpMethod.GET, "/api/forums/*/registrations").hasRole(organizer)
                .pathMatchers(HttpMethod.GET, "/api/forums/*/registrations/*").hasAnyRole(organizer, attendees[0],
                        attendees[1], attendees[2], attendees[3])
                .pathMatchers("/api/forums/*/registrations", "/api/forums/*/registrations/**",
                        "/api/forums/*/meetings", "/api/forums/*/meetings/**", "/api/forums/*/agenda")
                .hasAnyRole(attendees)
                .pathMatchers(HttpMethod.GET, "/api/forums", "/api/forums/*").authenticated();
    }
}
