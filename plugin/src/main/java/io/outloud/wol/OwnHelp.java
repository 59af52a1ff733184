package io.outloud.wol;

import java.util.List;

/** Port: the help a person offered (accepted or still open), newest first, at most {@code limit}: one read, for their own eyes. */
public interface OwnHelp {

    List<HelpOffer> offeredBy(String helperKey, int limit);
}
