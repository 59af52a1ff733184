package io.outloud.privacy.job;

import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import io.outloud.common.job.ClusterJob;
import io.outloud.privacy.PersonalDataService;

import java.time.Duration;
import java.util.Optional;

/**
 * Reconciles the app with the user directory once a day, once per cluster: people removed without an event (a directory
 * synchronisation) are erased, deactivated people leave pairing. Reads the app's person keys a batch at a time.
 */
public class PersonalDataSweepJob extends ClusterJob {
    private final PersonalDataService personalData;

    public PersonalDataSweepJob(SchedulerService scheduler, PersonalDataService personalData) {
        super(scheduler, "io.outloud.privacy.sweep", Duration.ofDays(1));
        this.personalData = personalData;
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        PersonalDataService.Counts counts = new PersonalDataService.Counts();
        Optional<String> after = Optional.of("");
        while (after.isPresent()) {
            after = personalData.sweep(after.get(), counts);
        }
        return JobRunnerResponse.success(counts.toString());
    }
}
