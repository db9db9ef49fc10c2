package app.quad.app.it.support;

import app.quad.identity.AccountReactivated;
import app.quad.identity.AccountSuspended;
import app.quad.identity.AccountVerified;
import app.quad.identity.OrganisationRegistered;
import app.quad.identity.OrganisationRejected;
import app.quad.identity.OrganisationVerified;
import app.quad.identity.RolesChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records identity's and networking's events once their transaction has committed, so tests see only what really happened. */
@ApplicationScoped
public class EventLog {

    private final List<Record> events = new CopyOnWriteArrayList<>();

    public List<Record> events() {
        return List.copyOf(events);
    }

    public boolean contains(Record event) {
        return events.contains(event);
    }

    void verified(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountVerified event) {
        events.add(event);
    }

    void rolesChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) RolesChanged event) {
        events.add(event);
    }

    void suspended(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountSuspended event) {
        events.add(event);
    }

    void reactivated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountReactivated event) {
        events.add(event);
    }

    void organisationRegistered(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationRegistered event) {
        events.add(event);
    }

    void organisationVerified(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationVerified event) {
        events.add(event);
    }

    void directoryOptOutChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.identity.DirectoryOptOutChanged event) {
        events.add(event);
    }

    void organisationRejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrganisationRejected event) {
        events.add(event);
    }

    void connectionRequested(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.ConnectionRequested event) {
        events.add(event);
    }

    void connectionAccepted(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.ConnectionAccepted event) {
        events.add(event);
    }

    void connectionRemoved(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.ConnectionRemoved event) {
        events.add(event);
    }

    void memberBlocked(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.MemberBlocked event) {
        events.add(event);
    }

    void postPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.PostPublished event) {
        events.add(event);
    }

    void postReported(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.PostReported event) {
        events.add(event);
    }

    void messageSent(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.MessageSent event) {
        events.add(event);
    }

    void messageReported(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.MessageReported event) {
        events.add(event);
    }

    void coffeeChatProposed(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.CoffeeChatProposed event) {
        events.add(event);
    }

    void coffeeChatConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.CoffeeChatConfirmed event) {
        events.add(event);
    }

    void coffeeChatDeclined(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.CoffeeChatDeclined event) {
        events.add(event);
    }

    void coffeeChatCancelled(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.CoffeeChatCancelled event) {
        events.add(event);
    }

    void metInPerson(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.networking.MetInPerson event) {
        events.add(event);
    }

    void groupCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.groups.GroupCreated event) {
        events.add(event);
    }

    void memberJoinedGroup(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.groups.MemberJoinedGroup event) {
        events.add(event);
    }

    void memberLeftGroup(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.groups.MemberLeftGroup event) {
        events.add(event);
    }

    void groupPostPublished(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.groups.GroupPostPublished event) {
        events.add(event);
    }

    void groupPostReported(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.groups.GroupPostReported event) {
        events.add(event);
    }

    void groupReported(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.groups.GroupReported event) {
        events.add(event);
    }

    void jobPosted(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.JobPosted event) {
        events.add(event);
    }

    void jobApproved(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.JobApproved event) {
        events.add(event);
    }

    void jobRejected(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.JobRejected event) {
        events.add(event);
    }

    void jobReported(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.JobReported event) {
        events.add(event);
    }

    void applicationSubmitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.ApplicationSubmitted event) {
        events.add(event);
    }

    void applicationStatusChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.ApplicationStatusChanged event) {
        events.add(event);
    }

    void eventCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.EventCreated event) {
        events.add(event);
    }

    void rsvpConfirmed(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.RsvpConfirmed event) {
        events.add(event);
    }

    void rsvpWaitlisted(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.RsvpWaitlisted event) {
        events.add(event);
    }

    void checkedIn(@Observes(during = TransactionPhase.AFTER_SUCCESS) app.quad.jobs.CheckedIn event) {
        events.add(event);
    }
}
