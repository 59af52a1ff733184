package com.atlassian.sal.api.transaction;

/** SAL: work run inside a transaction (Confluence 9.2, sal-api). */
public interface TransactionCallback<T> {
    T doInTransaction();
}
