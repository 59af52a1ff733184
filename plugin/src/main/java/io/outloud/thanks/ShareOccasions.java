package io.outloud.thanks;

import io.outloud.common.privacy.TextsOnErasure;
import io.outloud.wol.ShareRequest;
import io.outloud.wol.ShareRequestStore;

import java.util.Objects;
import java.util.Optional;

/** An answered request to share: the asker was helped by whoever answered (the askee). */
public class ShareOccasions implements OccasionFinder {
    private final ShareRequestStore requests;

    public ShareOccasions(ShareRequestStore requests) {
        this.requests = Objects.requireNonNull(requests);
    }

    @Override
    public Occasion occasion() {
        return Occasion.SHARE;
    }

    @Override
    public Optional<Helped> find(long id, String partner) {
        return requests.find(id).filter(request -> request.state() == ShareRequest.State.ANSWERED)
                .map(request -> new Helped(request.askerKey(), request.askeeKey(), false, TextsOnErasure.ERASED.equals(request.askeeKey())));
    }
}
