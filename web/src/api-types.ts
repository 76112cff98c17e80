// Generated from the server's OpenAPI document (the routes' zod schemas): do not edit.
// Regenerate with `npm run api:types`; `npm run check` fails while this file differs from what the server gives.

export interface paths {
    "/api/auth/oidc/{provider}/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Where the provider sends the browser back; signs in and redirects to the app */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/{provider}/start": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Go to the provider to sign in (a redirect) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/providers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Single sign-on providers people can sign in with */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/calendar/{feed}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A calendar feed (iCalendar), by its secret URL */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    feed: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every code in the library, with its versions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            publisher: string;
                            versions: {
                                /** Format: uuid */
                                id: string;
                                version: string;
                                effectiveFrom: string;
                                contentHash: string;
                            }[];
                        }[];
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codes/{codeId}/compare": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed between two versions: provisions added, removed, renumbered or reworded, with word diffs */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                };
                header?: never;
                path: {
                    codeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            from: string;
                            to: string;
                            mapped: boolean;
                            counts: {
                                [key: string]: number;
                            };
                            changes: {
                                change: string;
                                from: {
                                    key: string;
                                    number: string;
                                    heading: string | null;
                                    text: string;
                                    depth: number;
                                } | null;
                                to: {
                                    key: string;
                                    number: string;
                                    heading: string | null;
                                    text: string;
                                    depth: number;
                                } | null;
                                diff: {
                                    /** @enum {string} */
                                    op: "same" | "added" | "removed";
                                    text: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/codes/{codeId}/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One version of a code and its provisions, in document order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    codeId: string;
                    version: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: {
                                id: string;
                                title: string;
                                publisher: string;
                            };
                            /** Format: uuid */
                            id: string;
                            version: string;
                            title: string;
                            effectiveFrom: string;
                            source: {
                                document: string;
                                title: string;
                            };
                            preamble: string | null;
                            notes: string | null;
                            contentHash: string;
                            versions: {
                                version: string;
                                effectiveFrom: string;
                            }[];
                            provisions: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                parentKey: string | null;
                                depth: number;
                                number: string;
                                heading: string | null;
                                text: string;
                                kind: string;
                                footnotes: string[];
                                themes: string[];
                                links: {
                                    to: string;
                                    relation: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                304: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/deadline-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The codes' time limits: each kind's rule, schedule and source */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            kind: string;
                            title: string;
                            source: string;
                            cites: {
                                code: string;
                                provisions: string[];
                            } | null;
                            rule: unknown;
                            schedule: unknown;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether Probity and its database answer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            /** @enum {string} */
                            database: "embedded" | "postgres";
                            version: string;
                        };
                    };
                };
                /** @description Default Response */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok" | "unavailable";
                            /** @enum {string} */
                            database: "embedded" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/invitations/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation by choosing a password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person, their organisations and roles */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            person: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                givenName: string;
                                familyName: string;
                            };
                            organisations: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                kind: "professional_body" | "employer_trust" | "association";
                                slug: string;
                                roles: {
                                    /** @enum {string} */
                                    role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                                    /** Format: uuid */
                                    academyId: string | null;
                                    academyName: string | null;
                                    /** Format: uuid */
                                    regionId: string | null;
                                    regionName: string | null;
                                }[];
                            }[];
                            csrfToken: string;
                            twoFactor: {
                                enabled: boolean;
                                requiredBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                }[];
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether I have a calendar feed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** A new secret calendar feed URL for my deadlines (any earlier one stops working) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            url: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        /** Turn my calendar feed off */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The codes that bind me, in every organisation, and whether I have confirmed each */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            organisationId: string;
                            codeId: string;
                            title: string;
                            version: string;
                            adoptedFrom: string;
                            /** @enum {string} */
                            status: "in-force" | "upcoming";
                            campaign: {
                                /** Format: uuid */
                                id: string;
                                dueOn: string;
                                /** Format: date-time */
                                attestedAt: string | null;
                            } | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My deadlines, in every organisation, soonest first */
        get: {
            parameters: {
                query?: {
                    closed?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName?: string;
                            /** Format: uuid */
                            academyId: string | null;
                            kind: string;
                            title: string;
                            source: string;
                            cites: {
                                code: string;
                                provisions: string[];
                            } | null;
                            citation: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            recordType: string | null;
                            recordId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            allDay: boolean;
                            due: string;
                            /** @enum {string} */
                            state: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                            /** Format: uuid */
                            ownerId: string;
                            ownerName: string | null;
                            /** Format: date-time */
                            metAt: string | null;
                            /** Format: date-time */
                            waivedAt: string | null;
                            waivedReason: string | null;
                            urgent: boolean;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change the sign-in email (asks for the password; the old address is told) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everything Probity holds about the signed-in person, as JSON (data protection: right of access) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            exportedAt: string;
                            person: {
                                /** Format: uuid */
                                id: string;
                                email: string;
                                givenName: string;
                                familyName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                disabledAt: string | null;
                                twoFactor: boolean;
                            };
                            roles: {
                                organisation: string;
                                role: string;
                                academy: string | null;
                                region: string | null;
                                /** Format: date-time */
                                since: string;
                            }[];
                            employments: {
                                organisation: string;
                                academy: string | null;
                                jobRole: string;
                                startedOn: string | null;
                                endedOn: string | null;
                            }[];
                            memberships: {
                                organisation: string;
                                memberNumber: string;
                                status: string;
                                conditions: string | null;
                                selfEmployed: boolean;
                                joinedOn: string | null;
                            }[];
                            sessions: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                                /** Format: date-time */
                                expiresAt: string;
                            }[];
                            notifications: {
                                title: string;
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                readAt: string | null;
                            }[];
                            deadlines: {
                                organisationName?: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                metAt: string | null;
                                /** Format: date-time */
                                waivedAt: string | null;
                                waivedReason: string | null;
                            }[];
                            attestations: {
                                organisation: string;
                                code: string;
                                version: string;
                                statement: string;
                                contentHash: string;
                                /** Format: date-time */
                                attestedAt: string;
                            }[];
                            development: {
                                selfAssessments: {
                                    organisation: string;
                                    year: number;
                                    status: string;
                                    /** Format: date-time */
                                    submittedAt: string | null;
                                    code: string;
                                    standard: string | null;
                                    rating: number | null;
                                    reflection: string | null;
                                }[];
                                goals: {
                                    organisation: string;
                                    title: string;
                                    successMeasure: string;
                                    targetDate: string;
                                    status: string;
                                    progress: number;
                                    note: string;
                                }[];
                                cpd: {
                                    organisation: string;
                                    kind: string;
                                    title: string;
                                    happenedOn: string;
                                    minutes: number;
                                    provider: string;
                                    reflection: string;
                                }[];
                                evidence: {
                                    organisation: string;
                                    kind: string;
                                    text: string | null;
                                    url: string | null;
                                    fileName: string | null;
                                    /** Format: date-time */
                                    addedAt: string;
                                }[];
                                sharedWith: {
                                    organisation: string;
                                    viewer: string;
                                    /** Format: date-time */
                                    since: string;
                                    /** Format: date-time */
                                    withdrawnAt: string | null;
                                }[];
                            };
                            auditTrail: {
                                /** Format: date-time */
                                at: string;
                                action: string;
                                recordType: string;
                                recordId: string | null;
                                byThemself: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How I want notifications emailed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            email: "immediate" | "daily_digest";
                        };
                    };
                };
            };
        };
        /** Email each notification at once, or in one daily digest (duties that forbid delay, such as safeguarding, are always sent at once) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        email: "immediate" | "daily_digest";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            email: "immediate" | "daily_digest";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My inbox, newest first, with the unread count */
        get: {
            parameters: {
                query?: {
                    unread?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                organisationId: string | null;
                                kind: string;
                                title: string;
                                body: string;
                                link: string | null;
                                urgent: boolean;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                readAt: string | null;
                                about: {
                                    /** @enum {string} */
                                    type: "deadline";
                                    /** Format: uuid */
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    state: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                                    due: string;
                                    /** Format: date-time */
                                    metAt: string | null;
                                    /** Format: date-time */
                                    waivedAt: string | null;
                                    href: string;
                                    citation: {
                                        code: string;
                                        version: string;
                                        name: string;
                                        text: string;
                                        href: string;
                                        provisions: {
                                            key: string;
                                            words: string;
                                            href: string;
                                        }[];
                                    } | null;
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark every notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/notifications/{notificationId}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a notification read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    notificationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            unread: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change password (asks for the current one; ends every other session) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** Format: uuid */
                            personId: string;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Turn two-factor sign-in off (asks for the password; refused where an organisation requires it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a code from the new authenticator app; turns two-factor sign-in on and returns recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace the recovery codes (asks for the password) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/two-factor/setup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start setting up an authenticator app (asks for the password); returns the secret to scan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            secret: string;
                            otpauthUrl: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An organisation, its regions and academies */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "professional_body" | "employer_trust" | "association";
                            slug: string;
                            /** @enum {string} */
                            nation: "england-and-wales" | "scotland" | "northern-ireland";
                            twoFactorRoles: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                            regions: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            academies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                regionId: string | null;
                                dayEndsAt: string;
                                terms: {
                                    startsOn: string;
                                    endsOn: string;
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename the organisation, set its nation, or the roles that must use two-factor sign-in */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** @enum {string} */
                        nation?: "england-and-wales" | "scotland" | "northern-ireland";
                        twoFactorRoles?: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "professional_body" | "employer_trust" | "association";
                            slug: string;
                            /** @enum {string} */
                            nation: "england-and-wales" | "scotland" | "northern-ireland";
                            twoFactorRoles: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                            regions: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            academies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                regionId: string | null;
                                dayEndsAt: string;
                                terms: {
                                    startsOn: string;
                                    endsOn: string;
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{orgId}/academies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an academy to a trust */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                        /**
                         * Format: uuid
                         * @default null
                         */
                        regionId?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** Format: uuid */
                            regionId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/academies/{academyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an academy, move it to a region, or set when its day ends (for "by the end of the academy day") */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    academyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name?: string;
                        /** Format: uuid */
                        regionId?: string | null;
                        dayEndsAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "professional_body" | "employer_trust" | "association";
                            slug: string;
                            /** @enum {string} */
                            nation: "england-and-wales" | "scotland" | "northern-ireland";
                            twoFactorRoles: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                            regions: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            academies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                regionId: string | null;
                                dayEndsAt: string;
                                terms: {
                                    startsOn: string;
                                    endsOn: string;
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{orgId}/academies/{academyId}/terms": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set an academy's term dates (academy days fall within them) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    academyId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        terms: {
                            /** Format: date */
                            startsOn: string;
                            /** Format: date */
                            endsOn: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            /** @enum {string} */
                            kind: "professional_body" | "employer_trust" | "association";
                            slug: string;
                            /** @enum {string} */
                            nation: "england-and-wales" | "scotland" | "northern-ireland";
                            twoFactorRoles: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                            regions: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            academies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: uuid */
                                regionId: string | null;
                                dayEndsAt: string;
                                terms: {
                                    startsOn: string;
                                    endsOn: string;
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/adoptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The code versions the organisation has adopted, and for whom */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            codeId: string;
                            title: string;
                            version: string;
                            adoptedFrom: string;
                            endedOn: string | null;
                            /** @enum {string} */
                            status: "upcoming" | "in-force" | "superseded";
                            roles: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                            academyIds: string[];
                            material: boolean;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Adopt a code version from a date, for everyone or chosen roles or academies; a material change starts an attestation campaign */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codeId: string;
                        version: string;
                        /** Format: date */
                        adoptedFrom: string;
                        /** @default [] */
                        roles?: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                        /** @default [] */
                        academyIds?: string[];
                        /** @default true */
                        material?: boolean;
                        /** Format: date */
                        attestationDueOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            adoptionId: string;
                            /** Format: uuid */
                            campaignId: string | null;
                            replaces: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/attestation-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Attestation campaigns */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            dueOn: string;
                            /** Format: date-time */
                            createdAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/attestation-campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has confirmed the code, by academy and by role, with everyone for drill-down; ?format=csv for a spreadsheet */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    orgId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                /** Format: uuid */
                                id: string;
                                title: string;
                                dueOn: string;
                            };
                            total: number;
                            done: number;
                            byAcademy: {
                                group: string;
                                total: number;
                                done: number;
                            }[];
                            byRole: {
                                group: string;
                                total: number;
                                done: number;
                            }[];
                            people: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                email: string;
                                academy: string;
                                roles: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                /** Format: date-time */
                                attestedAt: string | null;
                            }[];
                        } | string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/attestation-campaigns/{campaignId}/attest": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm, for yourself, that you have read and understood the exact version of the code you were shown */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        contentHash: string;
                        statement: string;
                        /** Format: uuid */
                        personId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            attestedAt: string;
                            contentHash: string;
                            version: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the organisation's audit trail, newest first; X-Total-Count says how many entries match in all */
        get: {
            parameters: {
                query?: {
                    action?: string;
                    actorEmail?: string;
                    person?: string;
                    recordType?: string;
                    recordId?: string;
                    from?: unknown;
                    to?: unknown;
                    before?: number;
                    limit?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            seq: number;
                            /** Format: date-time */
                            at: string;
                            action: string;
                            recordType: string;
                            recordId: string | null;
                            reason: string | null;
                            requestId: string | null;
                            details: {
                                [key: string]: unknown;
                            };
                            /** Format: uuid */
                            actorId: string | null;
                            actorName: string | null;
                            actorEmail: string | null;
                            about: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            to: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/audit/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check the organisation's audit chain: every entry follows the one before and matches its hash, and the head last written down outside the database is still there */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ok: boolean;
                            entries: number;
                            problems: {
                                seq: number;
                                reason: string;
                            }[];
                            anchoredAt: string | null;
                            /** Format: date-time */
                            checkedAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the cases I am on (as an officer or on the panel): overdue first, then by stage, oldest first; the total is in X-Total-Count */
        get: {
            parameters: {
                query?: {
                    type?: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                    stage?: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                    declarationId?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            /** Format: uuid */
                            subjectId: string;
                            subjectName: string;
                            harmThreshold: boolean;
                            /** Format: date-time */
                            openedAt: string;
                            openedOn: string;
                            ageDays: number;
                            /** Format: date-time */
                            nextDueAt: string | null;
                            overdue: boolean;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Open a case about a person of the organisation, at intake; I become its first case officer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                        /** Format: uuid */
                        subjectId: string;
                        summary: string;
                        /** @default false */
                        harmThreshold?: boolean;
                        /** @default [] */
                        namedPersonIds?: string[];
                        /** @enum {string} */
                        openedFrom: "intake" | "concern" | "third_party";
                        sourceNote?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The cases about me that put something to me: the requests for information, the letters sent to me and the outcome, never the notes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anonymised counts of cases by type, stage and outcome (opened in a year, or ever); a group under five shows no number */
        get: {
            parameters: {
                query?: {
                    year?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number | null;
                            total: number | null;
                            byType: {
                                /** @enum {string} */
                                key: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                                count: number | null;
                            }[];
                            byStage: {
                                /** @enum {string} */
                                key: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                                count: number | null;
                            }[];
                            byOutcome: {
                                key: string;
                                count: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A case with its team, panel, chronology and requests for information (each read is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/advance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move a case on to a later stage of its type (it may skip one, never go back) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        to: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record an appeal against the outcome, with its grounds, within the time to appeal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grounds: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/candidates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may be appointed as a case officer or to the panel: never anyone barred from the case */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a case with reasons (not while a decision or appeal is pending, nor before the time to appeal has passed) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/decide": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record the decision with its written reasons (a panel type: the panel of three that sat) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        outcome: string;
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/decide-appeal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide an appeal with reasons: upheld sends the case back to be decided, dismissed closes it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        result: "upheld" | "dismissed";
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a document sent with an answer (each download is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/information-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask the person the case is about for information by a day (000 provision 8), and, if asked, for their consent to disclosure by a third party */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        question: string;
                        /** Format: date */
                        dueOn: string;
                        consentFrom?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/issue-outcome": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue the decided outcome; the time to appeal starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/letters/{letterId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a letter the case sent, as PDF (its team, and the person it was sent to; each reading is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                    letterId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/officers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoint a case officer to the case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/officers/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a case officer off the case (an open case keeps one) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/panel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appoint a panel member to the case, as a practitioner or a lay member */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
                        /** @enum {string} */
                        kind: "practitioner" | "lay";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                            title: string;
                            /** @enum {string} */
                            stage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed";
                            subject: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            harmThreshold: boolean;
                            /** @enum {string} */
                            openedFrom: "intake" | "declaration" | "concern" | "third_party";
                            /** Format: uuid */
                            declarationId: string | null;
                            sourceNote: string | null;
                            summary: string;
                            /** Format: date-time */
                            openedAt: string;
                            outcomes: string[];
                            panelDecides: boolean;
                            decision: {
                                outcome: string;
                                reasons: string;
                                /** Format: date-time */
                                decidedAt: string;
                                panel: {
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    kind: "practitioner" | "lay";
                                }[] | null;
                            } | null;
                            outcome: {
                                outcome: string;
                                /** Format: date-time */
                                issuedAt: string;
                            } | null;
                            appeal: {
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                /** @enum {string|null} */
                                result: "upheld" | "dismissed" | null;
                            } | null;
                            /** Format: date-time */
                            appealCloses: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            officers: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                            }[];
                            panel: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                appointedAt: string;
                                /** @enum {string} */
                                kind: "practitioner" | "lay";
                            }[];
                            recusals: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "declared" | "named" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** @enum {string|null} */
                                toStage: "intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                actorId: string;
                                actorName: string;
                                /** Format: uuid */
                                personId: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            informationRequests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                caseId: string;
                                caseTitle: string;
                                question: string;
                                consentFrom: string | null;
                                dueOn: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                                documents: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    fileId: string;
                                    name: string;
                                    mediaType: string;
                                    size: number;
                                }[];
                                consent: {
                                    given: boolean;
                                    statement: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                } | null;
                            }[];
                            letters: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                letter: "application-received" | "application-outcome" | "allegation-acknowledged" | "request-for-information" | "suitability-outcome" | "allegation-outcome" | "investigation-notice" | "hearing-outcome" | "appeal-outcome" | "concern-protected" | "protection-outcome";
                                title: string;
                                event: string;
                                /** Format: uuid */
                                requestId: string | null;
                                size: number;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            dueNext: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** Format: date-time */
                                dueAt: string;
                                ownerName: string;
                                overdue: boolean;
                            }[];
                            steps: ("advance" | "request_information" | "decide" | "issue_outcome" | "appeal" | "decide_appeal" | "close")[];
                            advanceTo: ("intake" | "assessment" | "investigation" | "decision" | "outcome" | "appeal" | "closed")[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/panel/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Take a panel member off the case (not once the panel has decided) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/cases/{caseId}/step-aside": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step aside from the case with a reason: off its team and panel, and barred from it from then on */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    caseId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provisions a record cites */
        get: {
            parameters: {
                query: {
                    recordType: string;
                    recordId: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            provisionId: string;
                            key: string;
                            number: string;
                            heading: string | null;
                            codeId: string;
                            codeTitle: string;
                            version: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Cite provisions from a record of the organisation that you may see */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        provisionIds: string[];
                        /** @enum {string} */
                        recordType: "self_assessment" | "development_goal" | "cpd_activity";
                        /** Format: uuid */
                        recordId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            provisionId: string;
                            key: string;
                            number: string;
                            heading: string | null;
                            codeId: string;
                            codeTitle: string;
                            version: string;
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/codes/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Search the codes the organisation has adopted (English stemming); asYouType matches every word as a prefix */
        get: {
            parameters: {
                query: {
                    q: string;
                    asYouType?: "true" | "false";
                    limit?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            number: string;
                            heading: string | null;
                            codeId: string;
                            codeTitle: string;
                            version: string;
                            rank: number;
                            snippet: {
                                text: string;
                                match: boolean;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who may read entries of the logs I keep, by grant, and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            academyId: string;
                            /** Format: uuid */
                            entryId: string | null;
                            person: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            reason: string;
                            /** Format: date-time */
                            grantedAt: string;
                            expiresOn: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Let someone read an entry, or my academy’s whole log, with a reason and perhaps until a day; never the member of staff (share the entry instead), never a peer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        entryId?: string;
                        /** Format: uuid */
                        academyId?: string;
                        /** Format: uuid */
                        personId: string;
                        reason: string;
                        /** Format: date */
                        expiresOn?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            academyId: string;
                            /** Format: uuid */
                            entryId: string | null;
                            person: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            reason: string;
                            /** Format: date-time */
                            grantedAt: string;
                            expiresOn: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/access/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a grant (it stays in the history of who could read the log) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    grantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The categories an entry is recorded under, each with the provisions of the staff code it covers and the training it points to */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                            version: string;
                            categories: {
                                id: string;
                                title: string;
                                training: string;
                                provisions: string[];
                                cites: {
                                    code: string;
                                    version: string;
                                    name: string;
                                    text: string;
                                    href: string;
                                    provisions: {
                                        key: string;
                                        words: string;
                                        href: string;
                                    }[];
                                } | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the entries I may read, newest first, selected as a figure’s drill-down selects them (each reading is recorded); the total is in X-Total-Count */
        get: {
            parameters: {
                query?: {
                    academyId?: string;
                    staffId?: string;
                    from?: string;
                    to?: string;
                    category?: string;
                    provision?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            staff: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            occurredOn: string;
                            categories: {
                                id: string;
                                title: string;
                            }[];
                            provisions: string[];
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            description: string;
                            actionTaken: string;
                            /** @enum {string|null} */
                            outcome: "no_further_action" | "advice_given" | "training_arranged" | "support_plan" | "formal_process" | null;
                            /** Format: date-time */
                            sharedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Record an entry in my academy’s conduct log about a member of staff who works there (003 §6.4) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        academyId: string;
                        /** Format: uuid */
                        staffId: string;
                        /** Format: date */
                        occurredOn: string;
                        categories: string[];
                        /** @description The provisions of the staff code involved, each under one of the categories chosen */
                        provisions: string[];
                        description: string;
                        actionTaken: string;
                        /**
                         * @default null
                         * @enum {string|null}
                         */
                        outcome?: "no_further_action" | "advice_given" | "training_arranged" | "support_plan" | "formal_process" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            staff: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            occurredOn: string;
                            categories: {
                                id: string;
                                title: string;
                            }[];
                            provisions: string[];
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            description: string;
                            actionTaken: string;
                            /** @enum {string|null} */
                            outcome: "no_further_action" | "advice_given" | "training_arranged" | "support_plan" | "formal_process" | null;
                            /** Format: date-time */
                            sharedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/entries/{entryId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An entry, to those who may read it (the reading is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            staff: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            occurredOn: string;
                            categories: {
                                id: string;
                                title: string;
                            }[];
                            provisions: string[];
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            description: string;
                            actionTaken: string;
                            /** @enum {string|null} */
                            outcome: "no_further_action" | "advice_given" | "training_arranged" | "support_plan" | "formal_process" | null;
                            /** Format: date-time */
                            sharedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Amend an entry: what is given replaces what was there */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        occurredOn?: string;
                        categories?: string[];
                        provisions?: string[];
                        description?: string;
                        actionTaken?: string;
                        /** @enum {string|null} */
                        outcome?: "no_further_action" | "advice_given" | "training_arranged" | "support_plan" | "formal_process" | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            staff: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            occurredOn: string;
                            categories: {
                                id: string;
                                title: string;
                            }[];
                            provisions: string[];
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            description: string;
                            actionTaken: string;
                            /** @enum {string|null} */
                            outcome: "no_further_action" | "advice_given" | "training_arranged" | "support_plan" | "formal_process" | null;
                            /** Format: date-time */
                            sharedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/entries/{entryId}/share": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Share the entry with the member of staff it is about: from then on they read it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    entryId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            staff: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            occurredOn: string;
                            categories: {
                                id: string;
                                title: string;
                            }[];
                            provisions: string[];
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            description: string;
                            actionTaken: string;
                            /** @enum {string|null} */
                            outcome: "no_further_action" | "advice_given" | "training_arranged" | "support_plan" | "formal_process" | null;
                            /** Format: date-time */
                            sharedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/patterns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patterns over a period (at most 36 months), of one academy or all: categories month by month, academies per 100 staff, the provisions most involved, and repeated entries for one person; a figure that could point to someone is hidden, and each drills down to the entries behind it */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    academyId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                            };
                            settings: {
                                windowDays: number;
                                threshold: number;
                            };
                            categoriesOverTime: {
                                months: string[];
                                rows: {
                                    category: string;
                                    title: string;
                                    months: {
                                        count: number | null;
                                        people: number | null;
                                        drillDown: {
                                            from: string;
                                            to: string;
                                            academyId?: string;
                                            category?: string;
                                            provision?: string;
                                            staffId?: string;
                                        };
                                    }[];
                                    total: {
                                        count: number | null;
                                        people: number | null;
                                        drillDown: {
                                            from: string;
                                            to: string;
                                            academyId?: string;
                                            category?: string;
                                            provision?: string;
                                            staffId?: string;
                                        };
                                    };
                                }[];
                            };
                            academiesCompared: {
                                rows: {
                                    /** Format: uuid */
                                    academyId: string;
                                    academyName: string;
                                    staff: number;
                                    entries: {
                                        count: number | null;
                                        people: number | null;
                                        drillDown: {
                                            from: string;
                                            to: string;
                                            academyId?: string;
                                            category?: string;
                                            provision?: string;
                                            staffId?: string;
                                        };
                                    };
                                    per100: number | null;
                                }[];
                                total: {
                                    staff: number;
                                    entries: {
                                        count: number | null;
                                        people: number | null;
                                        drillDown: {
                                            from: string;
                                            to: string;
                                            academyId?: string;
                                            category?: string;
                                            provision?: string;
                                            staffId?: string;
                                        };
                                    };
                                    per100: number | null;
                                };
                            };
                            provisionsMostInvolved: {
                                provision: string;
                                category: string | null;
                                figure: {
                                    count: number | null;
                                    people: number | null;
                                    drillDown: {
                                        from: string;
                                        to: string;
                                        academyId?: string;
                                        category?: string;
                                        provision?: string;
                                        staffId?: string;
                                    };
                                };
                            }[];
                            repeatPatterns: {
                                /** Format: uuid */
                                staffId: string;
                                staff: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                count: number;
                                categories: string[];
                                drillDown: {
                                    from: string;
                                    to: string;
                                    academyId?: string;
                                    category?: string;
                                    provision?: string;
                                    staffId?: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What counts as repeated entries for one person: this many within a window of this many days */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            windowDays: number;
                            threshold: number;
                        };
                    };
                };
            };
        };
        /** Set what counts as repeated entries for one person: this many within a window of this many days */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        windowDays: number;
                        threshold: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            windowDays: number;
                            threshold: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/conduct-log/training-needs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The training-needs report: for each academy, the categories in which several people have entries over the period, the training each points to, and whether it rose */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    academyId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                            };
                            needs: {
                                /** Format: uuid */
                                academyId: string;
                                academyName: string;
                                category: string;
                                title: string;
                                training: string;
                                figure: {
                                    count: number | null;
                                    people: number | null;
                                    drillDown: {
                                        from: string;
                                        to: string;
                                        academyId?: string;
                                        category?: string;
                                        provision?: string;
                                        staffId?: string;
                                    };
                                };
                                provisions: string[];
                                rising: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/deadlines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the organisation's deadlines the signed-in person oversees, soonest first; the total is in X-Total-Count */
        get: {
            parameters: {
                query?: {
                    state?: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                    kind?: string;
                    ownerId?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName?: string;
                            /** Format: uuid */
                            academyId: string | null;
                            kind: string;
                            title: string;
                            source: string;
                            cites: {
                                code: string;
                                provisions: string[];
                            } | null;
                            citation: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            recordType: string | null;
                            recordId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            allDay: boolean;
                            due: string;
                            /** @enum {string} */
                            state: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                            /** Format: uuid */
                            ownerId: string;
                            ownerName: string | null;
                            /** Format: date-time */
                            metAt: string | null;
                            /** Format: date-time */
                            waivedAt: string | null;
                            waivedReason: string | null;
                            urgent: boolean;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Give someone a deadline (a rule of the codes, or a task with its own rule) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "notification-duty" | "support-appeal-response" | "adjustment-request" | "review-and-moderation" | "portfolio-submission" | "portfolio-resubmission" | "safeguarding-action" | "police-contact-report" | "infatuation-report" | "data-risk-report" | "contact-details-report" | "outside-contact-report" | "outside-work-conduct-report" | "declaration-acknowledgement" | "insurance-renewal" | "annual-redeclaration" | "case-acknowledgement" | "lado-referral" | "case-information-request" | "case-appeal-window" | "report-acknowledgement" | "report-feedback" | "social-care-referral-decision" | "social-care-assessment" | "police-referral-response" | "early-help-referral-response" | "self-assessment" | "attestation" | "task";
                        title?: string;
                        /** Format: uuid */
                        ownerId: string;
                        startsAt?: unknown;
                        rule?: {
                            /** @enum {string} */
                            type: "calendar_days";
                            days: number;
                        } | {
                            /** @enum {string} */
                            type: "working_days";
                            days: number;
                            /** @enum {string} */
                            nation?: "england-and-wales" | "scotland" | "northern-ireland";
                        } | {
                            /** @enum {string} */
                            type: "months";
                            months: number;
                        } | {
                            /** @enum {string} */
                            type: "academy_day";
                        } | {
                            /** @enum {string} */
                            type: "immediately";
                        } | {
                            /** @enum {string} */
                            type: "fixed";
                            /** Format: date-time */
                            dueAt: string;
                        };
                        /** Format: uuid */
                        academyId?: string | null;
                        recordType?: string;
                        recordId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName?: string;
                            /** Format: uuid */
                            academyId: string | null;
                            kind: string;
                            title: string;
                            source: string;
                            cites: {
                                code: string;
                                provisions: string[];
                            } | null;
                            citation: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            recordType: string | null;
                            recordId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            allDay: boolean;
                            due: string;
                            /** @enum {string} */
                            state: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                            /** Format: uuid */
                            ownerId: string;
                            ownerName: string | null;
                            /** Format: date-time */
                            metAt: string | null;
                            /** Format: date-time */
                            waivedAt: string | null;
                            waivedReason: string | null;
                            urgent: boolean;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/deadlines/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdue deadlines counted by kind and by owner, with a page of them, longest overdue first; ?format=csv for every one of them */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "csv";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            byKind: {
                                kind: string;
                                count: number;
                            }[];
                            byOwner: {
                                ownerId: string;
                                ownerName: string;
                                count: number;
                            }[];
                            total: number;
                            items: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                organisationId: string;
                                organisationName?: string;
                                /** Format: uuid */
                                academyId: string | null;
                                kind: string;
                                title: string;
                                source: string;
                                cites: {
                                    code: string;
                                    provisions: string[];
                                } | null;
                                citation: {
                                    code: string;
                                    version: string;
                                    name: string;
                                    text: string;
                                    href: string;
                                    provisions: {
                                        key: string;
                                        words: string;
                                        href: string;
                                    }[];
                                } | null;
                                recordType: string | null;
                                recordId: string | null;
                                /** Format: date-time */
                                startsAt: string;
                                /** Format: date-time */
                                dueAt: string;
                                allDay: boolean;
                                due: string;
                                /** @enum {string} */
                                state: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                                /** Format: uuid */
                                ownerId: string;
                                ownerName: string | null;
                                /** Format: date-time */
                                metAt: string | null;
                                /** Format: date-time */
                                waivedAt: string | null;
                                waivedReason: string | null;
                                urgent: boolean;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                        } | string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/deadlines/{deadlineId}/met": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark a deadline met (its owner, or someone who oversees it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    deadlineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName?: string;
                            /** Format: uuid */
                            academyId: string | null;
                            kind: string;
                            title: string;
                            source: string;
                            cites: {
                                code: string;
                                provisions: string[];
                            } | null;
                            citation: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            recordType: string | null;
                            recordId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            allDay: boolean;
                            due: string;
                            /** @enum {string} */
                            state: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                            /** Format: uuid */
                            ownerId: string;
                            ownerName: string | null;
                            /** Format: date-time */
                            metAt: string | null;
                            /** Format: date-time */
                            waivedAt: string | null;
                            waivedReason: string | null;
                            urgent: boolean;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/deadlines/{deadlineId}/waive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Waive a deadline, with the reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    deadlineId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            organisationName?: string;
                            /** Format: uuid */
                            academyId: string | null;
                            kind: string;
                            title: string;
                            source: string;
                            cites: {
                                code: string;
                                provisions: string[];
                            } | null;
                            citation: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            recordType: string | null;
                            recordId: string | null;
                            /** Format: date-time */
                            startsAt: string;
                            /** Format: date-time */
                            dueAt: string;
                            allDay: boolean;
                            due: string;
                            /** @enum {string} */
                            state: "upcoming" | "due_soon" | "overdue" | "met" | "met_late" | "waived";
                            /** Format: uuid */
                            ownerId: string;
                            ownerName: string | null;
                            /** Format: date-time */
                            metAt: string | null;
                            /** Format: date-time */
                            waivedAt: string | null;
                            waivedReason: string | null;
                            urgent: boolean;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declaration-campaigns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The annual re-declarations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            dueOn: string;
                            /** Format: date-time */
                            createdAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Start the year’s re-declaration: everyone confirms their register entries or makes a nil return by the day given */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year: number;
                        /** Format: date */
                        dueOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                /** Format: uuid */
                                id: string;
                                year: number;
                                dueOn: string;
                            };
                            total: number;
                            done: number;
                            byAcademy: {
                                group: string;
                                total: number;
                                done: number;
                            }[];
                            byRole: {
                                group: string;
                                total: number;
                                done: number;
                            }[];
                            people: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                academy: string;
                                roles: string[];
                                /** @enum {string|null} */
                                returned: "confirmed" | "nil" | null;
                                /** Format: date-time */
                                returnedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declaration-campaigns/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My re-declarations here, with the register entries I would confirm */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            dueOn: string;
                            /** @enum {string|null} */
                            returned: "confirmed" | "nil" | null;
                            entries: string[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declaration-campaigns/{campaignId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has returned, by academy and role */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            campaign: {
                                /** Format: uuid */
                                id: string;
                                year: number;
                                dueOn: string;
                            };
                            total: number;
                            done: number;
                            byAcademy: {
                                group: string;
                                total: number;
                                done: number;
                            }[];
                            byRole: {
                                group: string;
                                total: number;
                                done: number;
                            }[];
                            people: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                academy: string;
                                roles: string[];
                                /** @enum {string|null} */
                                returned: "confirmed" | "nil" | null;
                                /** Format: date-time */
                                returnedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declaration-campaigns/{campaignId}/return": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm my register entries stand, or make a nil return */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    campaignId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "confirmed" | "nil";
                        /** @default [] */
                        declarationIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            dueOn: string;
                            /** @enum {string|null} */
                            returned: "confirmed" | "nil" | null;
                            entries: string[];
                        }[];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declaration-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kinds of declaration I may make here: what each asks, the provisions that ask for it, its fields and how soon it is due */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            asks: string;
                            /** @enum {string} */
                            audience: "member" | "staff" | "self_employed_member";
                            fields: {
                                name: string;
                                label: string;
                                /** @enum {string} */
                                type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                required: boolean;
                                choices: string[] | null;
                            }[];
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            }[];
                            imposedByCode: boolean;
                            sensitive: boolean;
                            timeLimit: string | null;
                            closedBecause: string | null;
                            goesTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                as: string;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declaration-settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation’s kinds of declaration as tailored, and its gift threshold */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            giftThresholdPence: number | null;
                            acknowledgeWithinMinutes: number | null;
                            defaultAcknowledgeWithinMinutes: number;
                            tailoring: {
                                readonly addedKinds?: {
                                    id: string;
                                    title: string;
                                    asks: string;
                                    /** @enum {string} */
                                    audience: "member" | "staff" | "self_employed_member";
                                    readonly fields: {
                                        name: string;
                                        label: string;
                                        /** @enum {string} */
                                        type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                        required: boolean;
                                        readonly choices?: string[];
                                    }[];
                                    routing: {
                                        readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    };
                                    timeLimit: ({
                                        /** @enum {string} */
                                        type: "calendar_days";
                                        days: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "immediately";
                                    }) | null;
                                    sensitive: boolean;
                                }[];
                                addedRecipients?: {
                                    [key: string]: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                };
                                replacedRouting?: {
                                    [key: string]: {
                                        readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    };
                                };
                                readonly withdrawnKinds?: string[];
                            };
                            kinds: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                audience: "member" | "staff" | "self_employed_member";
                                imposedByCode: boolean;
                                recipientsNamedByCode: boolean;
                                routing: {
                                    readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                };
                            }[];
                        };
                    };
                };
            };
        };
        /** Tailor the kinds of declaration (add kinds and recipients; withdraw or reroute only what no code imposes), set the gift threshold, and the time a recipient has to acknowledge a report the code asks for at once before it escalates (null, the default) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        giftThresholdPence: number | null;
                        acknowledgeWithinMinutes: number | null;
                        tailoring: {
                            readonly addedKinds?: {
                                id: string;
                                title: string;
                                asks: string;
                                /** @enum {string} */
                                audience: "member" | "staff" | "self_employed_member";
                                readonly fields: {
                                    name: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                    required: boolean;
                                    readonly choices?: string[];
                                }[];
                                routing: {
                                    readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                };
                                timeLimit: ({
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "immediately";
                                }) | null;
                                sensitive: boolean;
                            }[];
                            addedRecipients?: {
                                [key: string]: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                            };
                            replacedRouting?: {
                                [key: string]: {
                                    readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                };
                            };
                            readonly withdrawnKinds?: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            giftThresholdPence: number | null;
                            acknowledgeWithinMinutes: number | null;
                            defaultAcknowledgeWithinMinutes: number;
                            tailoring: {
                                readonly addedKinds?: {
                                    id: string;
                                    title: string;
                                    asks: string;
                                    /** @enum {string} */
                                    audience: "member" | "staff" | "self_employed_member";
                                    readonly fields: {
                                        name: string;
                                        label: string;
                                        /** @enum {string} */
                                        type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                        required: boolean;
                                        readonly choices?: string[];
                                    }[];
                                    routing: {
                                        readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    };
                                    timeLimit: ({
                                        /** @enum {string} */
                                        type: "calendar_days";
                                        days: number;
                                    } | {
                                        /** @enum {string} */
                                        type: "immediately";
                                    }) | null;
                                    sensitive: boolean;
                                }[];
                                addedRecipients?: {
                                    [key: string]: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                };
                                replacedRouting?: {
                                    [key: string]: {
                                        readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                        readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    };
                                };
                                readonly withdrawnKinds?: string[];
                            };
                            kinds: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                audience: "member" | "staff" | "self_employed_member";
                                imposedByCode: boolean;
                                recipientsNamedByCode: boolean;
                                routing: {
                                    readonly colleague: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly principal?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                    readonly central?: ("line_manager" | "member" | "staff" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                                };
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declarations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Start a declaration (a draft), or one carrying facts from my declaration in another organisation with my consent */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        code?: string;
                        /** @default {} */
                        fields?: {
                            [key: string]: (string | number | boolean) | null;
                        };
                        carriedFrom?: {
                            /** Format: uuid */
                            organisationId: string;
                            /** Format: uuid */
                            declarationId: string;
                            chosen: string[];
                            consent: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            kind: {
                                id: string;
                                title: string;
                                sensitive: boolean;
                                timeLimit: string | null;
                                fields: {
                                    name: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                    required: boolean;
                                    choices: string[] | null;
                                }[];
                            };
                            /** @enum {string} */
                            state: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                            fields: {
                                [key: string]: unknown;
                            };
                            occurredOn: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            markedForCaseAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined" | null;
                            daysLate: number | null;
                            lateness: string | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            }[];
                            declarant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                as: string;
                                steppedUpFrom: string | null;
                            }[];
                            consent: {
                                statement: string;
                                givenAt: string;
                            } | null;
                            approvalNeeded: boolean;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                from: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                /** @enum {string} */
                                to: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                note: string | null;
                                by: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declarations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My declarations here, and the duties their facts trigger in my other organisations */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            declarations: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                occurredOn: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** @enum {string|null} */
                                outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined" | null;
                                daysLate: number | null;
                                lateness: string | null;
                            }[];
                            dutiesElsewhere: {
                                /** Format: uuid */
                                fromDeclarationId: string;
                                /** Format: uuid */
                                organisationId: string;
                                organisationName: string;
                                kind: string;
                                title: string;
                                asks: string;
                                carried: {
                                    name: string;
                                    label: string;
                                    value: unknown;
                                }[];
                                dueOn: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declarations/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People of the organisation by name, for a declaration that names someone (names only, at most 20) */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declarations/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Declarations that came to me: new, open, late, marked for a case, closed (for a body’s case officers, the intake) */
        get: {
            parameters: {
                query?: {
                    bucket?: "new" | "open" | "late" | "marked_for_case" | "closed";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            counts: {
                                [key: string]: number;
                            };
                            items: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                occurredOn: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: date-time */
                                acknowledgedAt: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** @enum {string|null} */
                                outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined" | null;
                                daysLate: number | null;
                                lateness: string | null;
                                /** Format: uuid */
                                declarantId: string;
                                declarant: string;
                                academy: string | null;
                                sensitive: boolean;
                                immediate: boolean;
                                acknowledgementOverdue: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declarations/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Duties met on time and late, by kind, academy and month, each citing the provisions it enforces */
        get: {
            parameters: {
                query: {
                    year: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            rows: {
                                kind: string;
                                title: string;
                                academy: string;
                                month: number;
                                onTime: number;
                                late: number;
                                cites: {
                                    code: string;
                                    version: string;
                                    name: string;
                                    text: string;
                                    href: string;
                                    provisions: {
                                        key: string;
                                        words: string;
                                        href: string;
                                    }[];
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/declarations/{declarationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A declaration: its declarant sees where it stands; its recipients see it all */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    declarationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            kind: {
                                id: string;
                                title: string;
                                sensitive: boolean;
                                timeLimit: string | null;
                                fields: {
                                    name: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                    required: boolean;
                                    choices: string[] | null;
                                }[];
                            };
                            /** @enum {string} */
                            state: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                            fields: {
                                [key: string]: unknown;
                            };
                            occurredOn: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            markedForCaseAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined" | null;
                            daysLate: number | null;
                            lateness: string | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            }[];
                            declarant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                as: string;
                                steppedUpFrom: string | null;
                            }[];
                            consent: {
                                statement: string;
                                givenAt: string;
                            } | null;
                            approvalNeeded: boolean;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                from: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                /** @enum {string} */
                                to: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                note: string | null;
                                by: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Discard a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    declarationId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a draft’s fields (null clears one) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    declarationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fields: {
                            [key: string]: (string | number | boolean) | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            kind: {
                                id: string;
                                title: string;
                                sensitive: boolean;
                                timeLimit: string | null;
                                fields: {
                                    name: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                    required: boolean;
                                    choices: string[] | null;
                                }[];
                            };
                            /** @enum {string} */
                            state: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                            fields: {
                                [key: string]: unknown;
                            };
                            occurredOn: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            markedForCaseAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined" | null;
                            daysLate: number | null;
                            lateness: string | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            }[];
                            declarant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                as: string;
                                steppedUpFrom: string | null;
                            }[];
                            consent: {
                                statement: string;
                                givenAt: string;
                            } | null;
                            approvalNeeded: boolean;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                from: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                /** @enum {string} */
                                to: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                note: string | null;
                                by: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{orgId}/declarations/{declarationId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a step: submit (the declarant); acknowledge, record an action, mark for a case or close (a recipient) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    declarationId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "submit";
                    } | {
                        /** @enum {string} */
                        type: "acknowledge";
                    } | {
                        /** @enum {string} */
                        type: "record_action";
                        /** @description What was done */
                        note: string;
                    } | {
                        /** @enum {string} */
                        type: "mark_for_case";
                        /** @description Why it needs a case */
                        reason: string;
                        /** @description Open the case at once (a case officer), which then closes the declaration */
                        openCase?: {
                            /** @enum {string} */
                            type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                        };
                    } | {
                        /** @enum {string} */
                        type: "close";
                        /** @enum {string} */
                        outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined";
                        /** @description The closing note */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            organisationId: string;
                            kind: {
                                id: string;
                                title: string;
                                sensitive: boolean;
                                timeLimit: string | null;
                                fields: {
                                    name: string;
                                    label: string;
                                    /** @enum {string} */
                                    type: "past_date" | "date" | "text" | "long_text" | "pence" | "person" | "choice" | "yes_no";
                                    required: boolean;
                                    choices: string[] | null;
                                }[];
                            };
                            /** @enum {string} */
                            state: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                            fields: {
                                [key: string]: unknown;
                            };
                            occurredOn: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            submittedAt: string | null;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            markedForCaseAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined" | null;
                            daysLate: number | null;
                            lateness: string | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            }[];
                            declarant: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            named: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            recipients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                as: string;
                                steppedUpFrom: string | null;
                            }[];
                            consent: {
                                statement: string;
                                givenAt: string;
                            } | null;
                            approvalNeeded: boolean;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                from: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                /** @enum {string} */
                                to: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                note: string | null;
                                by: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/cpd": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My CPD record */
        get: {
            parameters: {
                query?: {
                    personId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "conference" | "reading" | "research" | "observation" | "mentoring" | "coaching" | "qualification" | "online" | "other";
                            title: string;
                            happenedOn: string;
                            minutes: number;
                            provider: string;
                            reflection: string;
                            provisionIds: string[];
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "link" | "file";
                                text: string | null;
                                url: string | null;
                                /** Format: uuid */
                                fileId: string | null;
                                fileName: string | null;
                                mediaType: string | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Record a CPD activity that has happened */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "course" | "workshop" | "conference" | "reading" | "research" | "observation" | "mentoring" | "coaching" | "qualification" | "online" | "other";
                        title: string;
                        /** Format: date */
                        happenedOn: string;
                        minutes: number;
                        /** @default  */
                        provider?: string;
                        /** @default  */
                        reflection?: string;
                        /** @default [] */
                        provisionIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "conference" | "reading" | "research" | "observation" | "mentoring" | "coaching" | "qualification" | "online" | "other";
                            title: string;
                            happenedOn: string;
                            minutes: number;
                            provider: string;
                            reflection: string;
                            provisionIds: string[];
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "link" | "file";
                                text: string | null;
                                url: string | null;
                                /** Format: uuid */
                                fileId: string | null;
                                fileName: string | null;
                                mediaType: string | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/cpd/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A year's CPD: hours, activities, and the standards touched and not touched */
        get: {
            parameters: {
                query: {
                    personId?: string;
                    year: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            activities: number;
                            hours: number;
                            byStandard: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                activities: number;
                                hours: number;
                            }[];
                            untouched: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/cpd/{activityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a CPD activity */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a CPD activity */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind?: "course" | "workshop" | "conference" | "reading" | "research" | "observation" | "mentoring" | "coaching" | "qualification" | "online" | "other";
                        title?: string;
                        /** Format: date */
                        happenedOn?: string;
                        minutes?: number;
                        /** @default  */
                        provider?: string;
                        /** @default  */
                        reflection?: string;
                        /** @default [] */
                        provisionIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "conference" | "reading" | "research" | "observation" | "mentoring" | "coaching" | "qualification" | "online" | "other";
                            title: string;
                            happenedOn: string;
                            minutes: number;
                            provider: string;
                            reflection: string;
                            provisionIds: string[];
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "link" | "file";
                                text: string | null;
                                url: string | null;
                                /** Format: uuid */
                                fileId: string | null;
                                fileName: string | null;
                                mediaType: string | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{orgId}/development/cpd/{activityId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence to a CPD activity: text, a link, or an uploaded file (a certificate, notes) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    activityId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "text";
                        text: string;
                    } | {
                        /** @enum {string} */
                        kind: "link";
                        /** Format: uri */
                        url: string;
                    } | {
                        /** @enum {string} */
                        kind: "file";
                        /** Format: uuid */
                        fileId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "conference" | "reading" | "research" | "observation" | "mentoring" | "coaching" | "qualification" | "online" | "other";
                            title: string;
                            happenedOn: string;
                            minutes: number;
                            provider: string;
                            reflection: string;
                            provisionIds: string[];
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "link" | "file";
                                text: string | null;
                                url: string | null;
                                /** Format: uuid */
                                fileId: string | null;
                                fileName: string | null;
                                mediaType: string | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/cpd/{activityId}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove evidence from a CPD activity */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    activityId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "course" | "workshop" | "conference" | "reading" | "research" | "observation" | "mentoring" | "coaching" | "qualification" | "online" | "other";
                            title: string;
                            happenedOn: string;
                            minutes: number;
                            provider: string;
                            reflection: string;
                            provisionIds: string[];
                            evidence: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "text" | "link" | "file";
                                text: string | null;
                                url: string | null;
                                /** Format: uuid */
                                fileId: string | null;
                                fileName: string | null;
                                mediaType: string | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            /** Format: date-time */
                            createdAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This year against earlier years, strongest and weakest standards, and priorities for the plan */
        get: {
            parameters: {
                query?: {
                    personId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            years: number[];
                            overall: {
                                year: number;
                                average: number | null;
                            }[];
                            standards: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                change: number | null;
                                trend: {
                                    year: number;
                                    rating: number | null;
                                }[];
                            }[];
                            strongest: string[];
                            weakest: string[];
                            priorities: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                change: number | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My self-assessments, development plan and CPD record (or those of someone who shares theirs with me), as PDF or CSV */
        get: {
            parameters: {
                query?: {
                    personId?: string;
                    format?: "pdf" | "csv";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/goals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My development plan */
        get: {
            parameters: {
                query?: {
                    personId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            successMeasure: string;
                            targetDate: string;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "achieved" | "dropped";
                            progress: number;
                            note: string;
                            provisionIds: string[];
                            activityIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Add a goal to my development plan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        successMeasure: string;
                        /** Format: date */
                        targetDate: string;
                        /** @enum {string} */
                        status?: "not_started" | "in_progress" | "achieved" | "dropped";
                        progress?: number;
                        note?: string;
                        /** @default [] */
                        provisionIds?: string[];
                        /** @default [] */
                        activityIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            successMeasure: string;
                            targetDate: string;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "achieved" | "dropped";
                            progress: number;
                            note: string;
                            provisionIds: string[];
                            activityIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/goals/{goalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a goal */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    goalId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change a goal or record progress */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    goalId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        successMeasure?: string;
                        /** Format: date */
                        targetDate?: string;
                        /** @enum {string} */
                        status?: "not_started" | "in_progress" | "achieved" | "dropped";
                        progress?: number;
                        note?: string;
                        /** @default [] */
                        provisionIds?: string[];
                        /** @default [] */
                        activityIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            title: string;
                            successMeasure: string;
                            targetDate: string;
                            /** @enum {string} */
                            status: "not_started" | "in_progress" | "achieved" | "dropped";
                            progress: number;
                            note: string;
                            provisionIds: string[];
                            activityIds: string[];
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            updatedAt: string;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{orgId}/development/insights": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which standards the workforce rates lowest and where CPD is thin (hours per person), by academy or by cohort (year joined): aggregates of five or more only */
        get: {
            parameters: {
                query: {
                    year: number;
                    groupBy?: "academy" | "cohort";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            year: number;
                            /** @enum {string} */
                            grouping: "academy" | "cohort";
                            code: {
                                /** Format: uuid */
                                id: string;
                                codeId: string;
                                title: string;
                                version: string;
                            };
                            people: number | null;
                            cpdHours: number | null;
                            groups: {
                                group: string;
                                people: number | null;
                                cpdHours: number | null;
                            }[];
                            standards: {
                                /** Format: uuid */
                                id: string;
                                number: string;
                                text: string;
                                overall: {
                                    people: number | null;
                                    average: number | null;
                                    cpdHours: number | null;
                                };
                                byGroup: {
                                    people: number | null;
                                    average: number | null;
                                    cpdHours: number | null;
                                    group: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/shares": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whom I share my development record with, and who shares theirs with me */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sharedWith: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                since: string;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            sharedWithMe: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** Format: date-time */
                                since: string;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Share a read-only view with a named line manager, supporter or mentor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        viewerId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            viewerId: string;
                            /** Format: date-time */
                            createdAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/shares/{shareId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw a share */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    shareId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/standards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The code of standards people assess themselves against, the organisation's choice, and the adopted codes it may choose from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chosenCodeId: string | null;
                            inUse: {
                                codeId: string;
                                title: string;
                                version: string;
                                standards: number;
                            } | null;
                            candidates: {
                                codeId: string;
                                title: string;
                                version: string;
                                standards: number;
                            }[];
                        };
                    };
                };
            };
        };
        /** Choose the adopted code of standards people assess themselves against (null: the adopted code with the most standards) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        codeId: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            chosenCodeId: string | null;
                            inUse: {
                                codeId: string;
                                title: string;
                                version: string;
                                standards: number;
                            } | null;
                            candidates: {
                                codeId: string;
                                title: string;
                                version: string;
                                standards: number;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/development/viewers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The line managers, supporters and mentors one may share a development record with, by name */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            roles: ("member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Upload an evidence file (the raw bytes, as application/octet-stream): PDF, image, Office document or text, up to 10 MB */
        post: {
            parameters: {
                query: {
                    name: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                            mediaType: string;
                            size: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/files/{fileId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file (its owner, or someone they share their record with) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    fileId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/information-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The requests for information put to me in cases about me: all I see of them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseTitle: string;
                            question: string;
                            consentFrom: string | null;
                            dueOn: string;
                            /** Format: date-time */
                            askedAt: string;
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                fileId: string;
                                name: string;
                                mediaType: string;
                                size: number;
                            }[];
                            consent: {
                                given: boolean;
                                statement: string;
                                /** Format: date-time */
                                recordedAt: string;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/information-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a request for information put to me, with documents I uploaded (POST /files) and, where it asks, whether I consent to disclosure by the third party */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answer: string;
                        /** @default [] */
                        fileIds?: string[];
                        consent?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            caseId: string;
                            caseTitle: string;
                            question: string;
                            consentFrom: string | null;
                            dueOn: string;
                            /** Format: date-time */
                            askedAt: string;
                            answer: string | null;
                            /** Format: date-time */
                            answeredAt: string | null;
                            documents: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                fileId: string;
                                name: string;
                                mediaType: string;
                                size: number;
                            }[];
                            consent: {
                                given: boolean;
                                statement: string;
                                /** Format: date-time */
                                recordedAt: string;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/outbox": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Email Probity has sent or holds for this organisation (every message stays here when no SMTP server is set) */
        get: {
            parameters: {
                query?: {
                    limit?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            to: string;
                            subject: string;
                            text: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            sentAt: string | null;
                            error: string | null;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the participants I may see: the team all, a reviewer those allocated, a supporter or mentor theirs, a participant their own; the total is in X-Total-Count */
        get: {
            parameters: {
                query?: {
                    cohortId?: string;
                    state?: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            programme: "qtls" | "ats";
                            /** Format: uuid */
                            cohortId: string;
                            startsOn: string;
                            name: string;
                            /** @enum {string} */
                            state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                            /** @enum {string|null} */
                            markingStage: "not_started" | "in_review" | "review_done" | "in_moderation" | "ready_for_release" | "released" | null;
                            /** @enum {string} */
                            standing: "participant" | "support" | "reviewer" | "team" | "moderator";
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant and their portfolio, as far as I may see them; the marking only once released to the participant */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            programme: "qtls" | "ats";
                            programmeTitle: string;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                adjustmentsBy: string;
                                startsOn: string;
                                submissionDeadline: string;
                                reviewEnds: string;
                                resubmissionDeadline: string;
                                resubmissionReviewEnds: string;
                            };
                            /** @enum {string} */
                            state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                            /** @enum {string} */
                            standing: "participant" | "support" | "reviewer" | "team" | "moderator";
                            name: string;
                            sections: {
                                key: string;
                                title: string;
                                guidance: string;
                                text: string | null;
                            }[];
                            lockedCopies: {
                                attempt: number;
                                contentHash: string;
                                /** Format: date-time */
                                lockedAt: string;
                                content: {
                                    [key: string]: string;
                                };
                            }[];
                            steps: ("await_mentor" | "arrange_support" | "begin" | "submit" | "allocate_reviewer" | "review_criterion" | "complete_review" | "sample" | "moderate" | "release" | "resubmit" | "lapse" | "restart" | "withdraw")[];
                            view: {
                                /** @enum {string} */
                                state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                                support: {
                                    /** @enum {string} */
                                    role: "supporter" | "mentor";
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    appointedBy: "participant" | "body";
                                } | null;
                                feeOwedPence: number;
                                restart: {
                                    /** @enum {string} */
                                    reason: "second_not_met" | "late_resubmission" | "missed_submission";
                                    feeOwedPence: number;
                                } | null;
                                withdrawal: {
                                    reason: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                submissions: ({
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: true;
                                    /** Format: date-time */
                                    releasedAt: string;
                                    /** @enum {string|null} */
                                    outcome: "criteria_met" | "criteria_not_met" | null;
                                    feedback: {
                                        criterion: string;
                                        /** @enum {string} */
                                        outcome: "criteria_met" | "criteria_not_met";
                                        feedback: string;
                                    }[];
                                    moderationReasons: string | null;
                                } | {
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: false;
                                })[];
                            };
                            marking: {
                                attempt: number;
                                /** @enum {string} */
                                stage: "not_started" | "in_review" | "review_done" | "in_moderation" | "ready_for_release" | "released";
                                /** Format: uuid */
                                reviewerId: string | null;
                                readonly reviews: {
                                    criterion: string;
                                    /** @enum {string} */
                                    outcome: "criteria_met" | "criteria_not_met";
                                    feedback: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                reviewOutcome: "criteria_met" | "criteria_not_met" | null;
                                sampled: boolean | null;
                                moderation: {
                                    /** Format: uuid */
                                    moderatorId: string;
                                    /** @enum {string} */
                                    decision: "confirm" | "change";
                                    reasons: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                readonly moderatorNotes: {
                                    /** Format: uuid */
                                    by: string;
                                    note: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                outcome: "criteria_met" | "criteria_not_met" | null;
                                /** Format: date-time */
                                releasedAt: string | null;
                            }[] | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for reasonable adjustments: recorded whenever asked, flagged when later than a month before the programme starts */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        needs: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                title: string;
                                answeredBy: string;
                            }[];
                            limit: number;
                            left: number;
                            arrangement: {
                                extraSupportRequests: number;
                                submissionExtensionDays: number;
                                resubmissionExtensionDays: number;
                                supportDuringReview: boolean;
                                other: string;
                            };
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                            }[];
                            adjustments: {
                                /** Format: uuid */
                                id: string;
                                needs: string;
                                /** Format: date-time */
                                requestedAt: string;
                                late: boolean;
                                beforeStart: boolean;
                                decision: {
                                    agreed: boolean;
                                    arrangement: {
                                        extraSupportRequests: number;
                                        submissionExtensionDays: number;
                                        resubmissionExtensionDays: number;
                                        supportDuringReview: boolean;
                                        other: string;
                                    } | null;
                                    reasons: string;
                                    /** Format: date-time */
                                    decidedAt: string;
                                } | null;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                response: string | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/adjustments/{adjustmentId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decide a request for adjustments, once, with reasons: agreed with what it changes, or declined */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                    adjustmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        agreed: boolean;
                        arrangement?: {
                            extraSupportRequests: number;
                            submissionExtensionDays: number;
                            resubmissionExtensionDays: number;
                            supportDuringReview: boolean;
                            other: string;
                        };
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                title: string;
                                answeredBy: string;
                            }[];
                            limit: number;
                            left: number;
                            arrangement: {
                                extraSupportRequests: number;
                                submissionExtensionDays: number;
                                resubmissionExtensionDays: number;
                                supportDuringReview: boolean;
                                other: string;
                            };
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                            }[];
                            adjustments: {
                                /** Format: uuid */
                                id: string;
                                needs: string;
                                /** Format: date-time */
                                requestedAt: string;
                                late: boolean;
                                beforeStart: boolean;
                                decision: {
                                    agreed: boolean;
                                    arrangement: {
                                        extraSupportRequests: number;
                                        submissionExtensionDays: number;
                                        resubmissionExtensionDays: number;
                                        supportDuringReview: boolean;
                                        other: string;
                                    } | null;
                                    reasons: string;
                                    /** Format: date-time */
                                    decidedAt: string;
                                } | null;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                response: string | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/appeals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Appeal against the sufficiency of support; the written response is due within 10 working days */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        grounds: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                title: string;
                                answeredBy: string;
                            }[];
                            limit: number;
                            left: number;
                            arrangement: {
                                extraSupportRequests: number;
                                submissionExtensionDays: number;
                                resubmissionExtensionDays: number;
                                supportDuringReview: boolean;
                                other: string;
                            };
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                            }[];
                            adjustments: {
                                /** Format: uuid */
                                id: string;
                                needs: string;
                                /** Format: date-time */
                                requestedAt: string;
                                late: boolean;
                                beforeStart: boolean;
                                decision: {
                                    agreed: boolean;
                                    arrangement: {
                                        extraSupportRequests: number;
                                        submissionExtensionDays: number;
                                        resubmissionExtensionDays: number;
                                        supportDuringReview: boolean;
                                        other: string;
                                    } | null;
                                    reasons: string;
                                    /** Format: date-time */
                                    decidedAt: string;
                                } | null;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                response: string | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/appeals/{appealId}/response": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Respond in writing to an appeal, once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                    appealId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                title: string;
                                answeredBy: string;
                            }[];
                            limit: number;
                            left: number;
                            arrangement: {
                                extraSupportRequests: number;
                                submissionExtensionDays: number;
                                resubmissionExtensionDays: number;
                                supportDuringReview: boolean;
                                other: string;
                            };
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                            }[];
                            adjustments: {
                                /** Format: uuid */
                                id: string;
                                needs: string;
                                /** Format: date-time */
                                requestedAt: string;
                                late: boolean;
                                beforeStart: boolean;
                                decision: {
                                    agreed: boolean;
                                    arrangement: {
                                        extraSupportRequests: number;
                                        submissionExtensionDays: number;
                                        resubmissionExtensionDays: number;
                                        supportDuringReview: boolean;
                                        other: string;
                                    } | null;
                                    reasons: string;
                                    /** Format: date-time */
                                    decidedAt: string;
                                } | null;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                response: string | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/portfolio/{section}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Write a section of my portfolio while it is mine to write; a submitted portfolio is locked */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                    section: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            programme: "qtls" | "ats";
                            programmeTitle: string;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                adjustmentsBy: string;
                                startsOn: string;
                                submissionDeadline: string;
                                reviewEnds: string;
                                resubmissionDeadline: string;
                                resubmissionReviewEnds: string;
                            };
                            /** @enum {string} */
                            state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                            /** @enum {string} */
                            standing: "participant" | "support" | "reviewer" | "team" | "moderator";
                            name: string;
                            sections: {
                                key: string;
                                title: string;
                                guidance: string;
                                text: string | null;
                            }[];
                            lockedCopies: {
                                attempt: number;
                                contentHash: string;
                                /** Format: date-time */
                                lockedAt: string;
                                content: {
                                    [key: string]: string;
                                };
                            }[];
                            steps: ("await_mentor" | "arrange_support" | "begin" | "submit" | "allocate_reviewer" | "review_criterion" | "complete_review" | "sample" | "moderate" | "release" | "resubmit" | "lapse" | "restart" | "withdraw")[];
                            view: {
                                /** @enum {string} */
                                state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                                support: {
                                    /** @enum {string} */
                                    role: "supporter" | "mentor";
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    appointedBy: "participant" | "body";
                                } | null;
                                feeOwedPence: number;
                                restart: {
                                    /** @enum {string} */
                                    reason: "second_not_met" | "late_resubmission" | "missed_submission";
                                    feeOwedPence: number;
                                } | null;
                                withdrawal: {
                                    reason: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                submissions: ({
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: true;
                                    /** Format: date-time */
                                    releasedAt: string;
                                    /** @enum {string|null} */
                                    outcome: "criteria_met" | "criteria_not_met" | null;
                                    feedback: {
                                        criterion: string;
                                        /** @enum {string} */
                                        outcome: "criteria_met" | "criteria_not_met";
                                        feedback: string;
                                    }[];
                                    moderationReasons: string | null;
                                } | {
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: false;
                                })[];
                            };
                            marking: {
                                attempt: number;
                                /** @enum {string} */
                                stage: "not_started" | "in_review" | "review_done" | "in_moderation" | "ready_for_release" | "released";
                                /** Format: uuid */
                                reviewerId: string | null;
                                readonly reviews: {
                                    criterion: string;
                                    /** @enum {string} */
                                    outcome: "criteria_met" | "criteria_not_met";
                                    feedback: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                reviewOutcome: "criteria_met" | "criteria_not_met" | null;
                                sampled: boolean | null;
                                moderation: {
                                    /** Format: uuid */
                                    moderatorId: string;
                                    /** @enum {string} */
                                    decision: "confirm" | "change";
                                    reasons: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                readonly moderatorNotes: {
                                    /** Format: uuid */
                                    by: string;
                                    note: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                outcome: "criteria_met" | "criteria_not_met" | null;
                                /** Format: date-time */
                                releasedAt: string | null;
                            }[] | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a step of the participant's lifecycle: arrange support, start, submit, allocate a reviewer, review, moderate, resubmit, lapse, re-start or withdraw */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "await_mentor";
                    } | {
                        /** @enum {string} */
                        type: "begin";
                    } | {
                        /** @enum {string} */
                        type: "lapse";
                    } | {
                        /** @enum {string} */
                        type: "submit" | "resubmit" | "complete_review";
                    } | {
                        /** @enum {string} */
                        type: "arrange_support";
                        /** Format: uuid */
                        personId: string;
                    } | {
                        /** @enum {string} */
                        type: "allocate_reviewer";
                        /** Format: uuid */
                        reviewerId: string;
                    } | {
                        /** @enum {string} */
                        type: "review_criterion";
                        criterion: string;
                        /** @enum {string} */
                        outcome: "criteria_met" | "criteria_not_met";
                        feedback: string;
                    } | {
                        /** @enum {string} */
                        type: "sample";
                        sampled: boolean;
                    } | {
                        /** @enum {string} */
                        type: "moderate";
                        /** @enum {string} */
                        decision: "confirm" | "change";
                        reasons: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        type: "restart";
                        /** Format: uuid */
                        cohortId: string;
                    } | {
                        /** @enum {string} */
                        type: "withdraw";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            programme: "qtls" | "ats";
                            programmeTitle: string;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                adjustmentsBy: string;
                                startsOn: string;
                                submissionDeadline: string;
                                reviewEnds: string;
                                resubmissionDeadline: string;
                                resubmissionReviewEnds: string;
                            };
                            /** @enum {string} */
                            state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                            /** @enum {string} */
                            standing: "participant" | "support" | "reviewer" | "team" | "moderator";
                            name: string;
                            sections: {
                                key: string;
                                title: string;
                                guidance: string;
                                text: string | null;
                            }[];
                            lockedCopies: {
                                attempt: number;
                                contentHash: string;
                                /** Format: date-time */
                                lockedAt: string;
                                content: {
                                    [key: string]: string;
                                };
                            }[];
                            steps: ("await_mentor" | "arrange_support" | "begin" | "submit" | "allocate_reviewer" | "review_criterion" | "complete_review" | "sample" | "moderate" | "release" | "resubmit" | "lapse" | "restart" | "withdraw")[];
                            view: {
                                /** @enum {string} */
                                state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                                support: {
                                    /** @enum {string} */
                                    role: "supporter" | "mentor";
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    appointedBy: "participant" | "body";
                                } | null;
                                feeOwedPence: number;
                                restart: {
                                    /** @enum {string} */
                                    reason: "second_not_met" | "late_resubmission" | "missed_submission";
                                    feeOwedPence: number;
                                } | null;
                                withdrawal: {
                                    reason: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                submissions: ({
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: true;
                                    /** Format: date-time */
                                    releasedAt: string;
                                    /** @enum {string|null} */
                                    outcome: "criteria_met" | "criteria_not_met" | null;
                                    feedback: {
                                        criterion: string;
                                        /** @enum {string} */
                                        outcome: "criteria_met" | "criteria_not_met";
                                        feedback: string;
                                    }[];
                                    moderationReasons: string | null;
                                } | {
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: false;
                                })[];
                            };
                            marking: {
                                attempt: number;
                                /** @enum {string} */
                                stage: "not_started" | "in_review" | "review_done" | "in_moderation" | "ready_for_release" | "released";
                                /** Format: uuid */
                                reviewerId: string | null;
                                readonly reviews: {
                                    criterion: string;
                                    /** @enum {string} */
                                    outcome: "criteria_met" | "criteria_not_met";
                                    feedback: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                reviewOutcome: "criteria_met" | "criteria_not_met" | null;
                                sampled: boolean | null;
                                moderation: {
                                    /** Format: uuid */
                                    moderatorId: string;
                                    /** @enum {string} */
                                    decision: "confirm" | "change";
                                    reasons: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                readonly moderatorNotes: {
                                    /** Format: uuid */
                                    by: string;
                                    note: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                outcome: "criteria_met" | "criteria_not_met" | null;
                                /** Format: date-time */
                                releasedAt: string | null;
                            }[] | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A participant's support requests and how many are left, their adjustments and what they add up to, and their appeals */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                title: string;
                                answeredBy: string;
                            }[];
                            limit: number;
                            left: number;
                            arrangement: {
                                extraSupportRequests: number;
                                submissionExtensionDays: number;
                                resubmissionExtensionDays: number;
                                supportDuringReview: boolean;
                                other: string;
                            };
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                            }[];
                            adjustments: {
                                /** Format: uuid */
                                id: string;
                                needs: string;
                                /** Format: date-time */
                                requestedAt: string;
                                late: boolean;
                                beforeStart: boolean;
                                decision: {
                                    agreed: boolean;
                                    arrangement: {
                                        extraSupportRequests: number;
                                        submissionExtensionDays: number;
                                        resubmissionExtensionDays: number;
                                        supportDuringReview: boolean;
                                        other: string;
                                    } | null;
                                    reasons: string;
                                    /** Format: date-time */
                                    decidedAt: string;
                                } | null;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                response: string | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/support-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for support through a channel of my programme, within its fair-use limit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                        question: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                title: string;
                                answeredBy: string;
                            }[];
                            limit: number;
                            left: number;
                            arrangement: {
                                extraSupportRequests: number;
                                submissionExtensionDays: number;
                                resubmissionExtensionDays: number;
                                supportDuringReview: boolean;
                                other: string;
                            };
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                            }[];
                            adjustments: {
                                /** Format: uuid */
                                id: string;
                                needs: string;
                                /** Format: date-time */
                                requestedAt: string;
                                late: boolean;
                                beforeStart: boolean;
                                decision: {
                                    agreed: boolean;
                                    arrangement: {
                                        extraSupportRequests: number;
                                        submissionExtensionDays: number;
                                        resubmissionExtensionDays: number;
                                        supportDuringReview: boolean;
                                        other: string;
                                    } | null;
                                    reasons: string;
                                    /** Format: date-time */
                                    decidedAt: string;
                                } | null;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                response: string | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/participants/{participantId}/support-requests/{requestId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer a support request, once, in words */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    participantId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        text: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                title: string;
                                answeredBy: string;
                            }[];
                            limit: number;
                            left: number;
                            arrangement: {
                                extraSupportRequests: number;
                                submissionExtensionDays: number;
                                resubmissionExtensionDays: number;
                                supportDuringReview: boolean;
                                other: string;
                            };
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                                answer: string | null;
                                /** Format: date-time */
                                answeredAt: string | null;
                            }[];
                            adjustments: {
                                /** Format: uuid */
                                id: string;
                                needs: string;
                                /** Format: date-time */
                                requestedAt: string;
                                late: boolean;
                                beforeStart: boolean;
                                decision: {
                                    agreed: boolean;
                                    arrangement: {
                                        extraSupportRequests: number;
                                        submissionExtensionDays: number;
                                        resubmissionExtensionDays: number;
                                        supportDuringReview: boolean;
                                        other: string;
                                    } | null;
                                    reasons: string;
                                    /** Format: date-time */
                                    decidedAt: string;
                                } | null;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                response: string | null;
                                /** Format: date-time */
                                respondedAt: string | null;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the people of the organisation the signed-in person may see, by name; the total is in X-Total-Count */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            givenName: string;
                            familyName: string;
                            disabled: boolean;
                            invited: boolean;
                            roles: {
                                /** @enum {string} */
                                role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                                /** Format: uuid */
                                academyId: string | null;
                                /** Format: uuid */
                                regionId: string | null;
                            }[];
                            employment: {
                                /** Format: uuid */
                                academyId: string | null;
                                jobRole: string;
                                /** Format: uuid */
                                lineManagerId: string | null;
                                startedOn: string | null;
                            } | null;
                            membership: {
                                memberNumber: string;
                                /** @enum {string} */
                                status: "applicant" | "active" | "suspended" | "lapsed" | "cancelled";
                                conditions: string | null;
                                selfEmployed: boolean;
                                joinedOn: string | null;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Add a person to the organisation, and optionally email them an invitation */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        givenName: string;
                        familyName: string;
                        roles: {
                            /** @enum {string} */
                            role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                            /**
                             * Format: uuid
                             * @default null
                             */
                            academyId?: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            regionId?: string | null;
                        }[];
                        /** @default null */
                        employment?: {
                            /**
                             * Format: uuid
                             * @default null
                             */
                            academyId?: string | null;
                            jobRole: string;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            lineManagerId?: string | null;
                            /**
                             * Format: date
                             * @default null
                             */
                            startedOn?: string | null;
                        } | null;
                        /** @default null */
                        membership?: {
                            memberNumber: string;
                            /**
                             * @default active
                             * @enum {string}
                             */
                            status?: "applicant" | "active" | "suspended" | "lapsed" | "cancelled";
                            /** @default null */
                            conditions?: string | null;
                            /** @default false */
                            selfEmployed?: boolean;
                            /**
                             * Format: date
                             * @default null
                             */
                            joinedOn?: string | null;
                        } | null;
                        /** @default true */
                        invite?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            givenName: string;
                            familyName: string;
                            disabled: boolean;
                            invited: boolean;
                            roles: {
                                /** @enum {string} */
                                role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                                /** Format: uuid */
                                academyId: string | null;
                                /** Format: uuid */
                                regionId: string | null;
                            }[];
                            employment: {
                                /** Format: uuid */
                                academyId: string | null;
                                jobRole: string;
                                /** Format: uuid */
                                lineManagerId: string | null;
                                startedOn: string | null;
                            } | null;
                            membership: {
                                memberNumber: string;
                                /** @enum {string} */
                                status: "applicant" | "active" | "suspended" | "lapsed" | "cancelled";
                                conditions: string | null;
                                selfEmployed: boolean;
                                joinedOn: string | null;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/people/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Import a CSV staff or member list: all rows, or none if any has a problem */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        invite?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            imported: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/people/import/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check a CSV staff or member list and show every row with its problems; writes nothing */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        csv: string;
                        /** @default false */
                        invite?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            rows: {
                                line: number;
                                email: string;
                                givenName: string;
                                familyName: string;
                                roles: {
                                    /** @enum {string} */
                                    role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                                    /** Format: uuid */
                                    academyId: string | null;
                                    /** Format: uuid */
                                    regionId: string | null;
                                }[];
                                errors: {
                                    field: string;
                                    reason: string;
                                }[];
                            }[];
                            fileErrors: {
                                field: string;
                                reason: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/people/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One person of the organisation */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            givenName: string;
                            familyName: string;
                            disabled: boolean;
                            invited: boolean;
                            roles: {
                                /** @enum {string} */
                                role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                                /** Format: uuid */
                                academyId: string | null;
                                /** Format: uuid */
                                regionId: string | null;
                            }[];
                            employment: {
                                /** Format: uuid */
                                academyId: string | null;
                                jobRole: string;
                                /** Format: uuid */
                                lineManagerId: string | null;
                                startedOn: string | null;
                            } | null;
                            membership: {
                                memberNumber: string;
                                /** @enum {string} */
                                status: "applicant" | "active" | "suspended" | "lapsed" | "cancelled";
                                conditions: string | null;
                                selfEmployed: boolean;
                                joinedOn: string | null;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a person's name, roles, employment or membership here, or disable their account */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        givenName?: string;
                        familyName?: string;
                        roles?: {
                            /** @enum {string} */
                            role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                            /**
                             * Format: uuid
                             * @default null
                             */
                            academyId?: string | null;
                            /**
                             * Format: uuid
                             * @default null
                             */
                            regionId?: string | null;
                        }[];
                        disabled?: boolean;
                        employment?: {
                            /** Format: uuid */
                            academyId?: string | null;
                            jobRole?: string;
                            /** Format: uuid */
                            lineManagerId?: string | null;
                            /** Format: date */
                            endedOn?: string | null;
                        };
                        membership?: {
                            /** @enum {string} */
                            status?: "applicant" | "active" | "suspended" | "lapsed" | "cancelled";
                            conditions?: string | null;
                            selfEmployed?: boolean;
                        };
                        reason?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            email: string;
                            givenName: string;
                            familyName: string;
                            disabled: boolean;
                            invited: boolean;
                            roles: {
                                /** @enum {string} */
                                role: "member" | "staff" | "line_manager" | "principal" | "regional_education_director" | "chief_operating_officer" | "designated_safeguarding_lead" | "data_protection_officer" | "case_officer" | "professional_status_team" | "supporter" | "mentor" | "reviewer" | "moderator" | "panel_member" | "organisation_admin" | "auditor" | "concerns_handler" | "identity_custodian";
                                /** Format: uuid */
                                academyId: string | null;
                                /** Format: uuid */
                                regionId: string | null;
                            }[];
                            employment: {
                                /** Format: uuid */
                                academyId: string | null;
                                jobRole: string;
                                /** Format: uuid */
                                lineManagerId: string | null;
                                startedOn: string | null;
                            } | null;
                            membership: {
                                memberNumber: string;
                                /** @enum {string} */
                                status: "applicant" | "active" | "suspended" | "lapsed" | "cancelled";
                                conditions: string | null;
                                selfEmployed: boolean;
                                joinedOn: string | null;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/orgs/{orgId}/programme-cohorts/{cohortId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A cohort's dashboard: its dates, the funnel from registered to awarded, re-started or withdrawn, and its marking by stage */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    cohortId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                adjustmentsBy: string;
                                startsOn: string;
                                submissionDeadline: string;
                                reviewEnds: string;
                                resubmissionDeadline: string;
                                resubmissionReviewEnds: string;
                            };
                            programmeTitle: string;
                            funnel: {
                                registered: number;
                                submitted: number;
                                awarded: number;
                                restarted: number;
                                withdrawn: number;
                            };
                            byState: {
                                [key: string]: number;
                            };
                            marking: {
                                [key: string]: number;
                            };
                            open: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programme-cohorts/{cohortId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release the cohort's outcomes together, once every review is moderated or stood outside the sample; nothing is released if any is not ready */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    cohortId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            released: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programme-cohorts/{cohortId}/sample": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Draw the moderation sample of the cohort's completed reviews: every "criteria not met" and met ones up to the programme's rate */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    cohortId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sampled: string[];
                            notSampled: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programme-support": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The team's queue: support requests not yet answered and appeals awaiting their response, oldest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            requests: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                participantId: string;
                                name: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                /** @enum {string} */
                                channel: "general" | "eligibility" | "portfolio" | "technical" | "ats";
                                question: string;
                                /** Format: date-time */
                                askedAt: string;
                            }[];
                            appeals: {
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                participantId: string;
                                name: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                grounds: string;
                                /** Format: date-time */
                                lodgedAt: string;
                                responseDueOn: string;
                                /** @enum {string} */
                                standing: "awaiting_response" | "overdue" | "responded" | "responded_late";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programmes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The professional status programmes the organisation runs, as it runs them, with their cohorts and dates; none unless it is a professional body */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            id: "qtls" | "ats";
                            title: string;
                            leadsTo: string;
                            months: number;
                            /** @enum {string} */
                            supportRole: "supporter" | "mentor";
                            bodyMayAppoint: boolean;
                            readonly cites: {
                                code: string;
                                version: string;
                                readonly provisions: string[];
                            }[];
                            terms: {
                                code: string;
                                version: string;
                                readonly provisions: string[];
                            };
                            readonly sections: {
                                key: string;
                                title: string;
                                guidance: string;
                                readonly cites: {
                                    code: string;
                                    version: string;
                                    readonly provisions: string[];
                                }[];
                            }[];
                            readonly eligibility: {
                                key: string;
                                text: string;
                                eligibleIf: boolean | null;
                                readonly cites: {
                                    code: string;
                                    version: string;
                                    readonly provisions: string[];
                                }[];
                            }[];
                            readonly channels: ("general" | "eligibility" | "portfolio" | "technical" | "ats")[];
                            fees: {
                                registrationPence: number;
                                restartPence: number;
                            };
                            supportRequestLimit: number;
                            moderationRatePercent: number;
                            blindReview: boolean;
                            resubmissionMonths: number;
                            cohorts: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                adjustmentsBy: string;
                                startsOn: string;
                                submissionDeadline: string;
                                reviewEnds: string;
                                resubmissionDeadline: string;
                                resubmissionReviewEnds: string;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programmes/{programmeId}/cohorts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a cohort of a programme on the day it starts; its deadlines follow from that day */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    programmeId: "qtls" | "ats";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            programme: "qtls" | "ats";
                            adjustmentsBy: string;
                            startsOn: string;
                            submissionDeadline: string;
                            reviewEnds: string;
                            resubmissionDeadline: string;
                            resubmissionReviewEnds: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programmes/{programmeId}/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The people holding the programme's supporter or mentor role (role=support, for a member choosing theirs) or the reviewer role (role=reviewer, for the team), by name */
        get: {
            parameters: {
                query?: {
                    role?: "support" | "reviewer";
                };
                header?: never;
                path: {
                    orgId: string;
                    programmeId: "qtls" | "ats";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programmes/{programmeId}/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register on a cohort that has not started, answering the programme's eligibility questions and accepting its terms; issues my portfolio */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    programmeId: "qtls" | "ats";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        cohortId: string;
                        answers: {
                            [key: string]: boolean;
                        };
                        acceptTerms: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            programme: "qtls" | "ats";
                            programmeTitle: string;
                            cohort: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                programme: "qtls" | "ats";
                                adjustmentsBy: string;
                                startsOn: string;
                                submissionDeadline: string;
                                reviewEnds: string;
                                resubmissionDeadline: string;
                                resubmissionReviewEnds: string;
                            };
                            /** @enum {string} */
                            state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                            /** @enum {string} */
                            standing: "participant" | "support" | "reviewer" | "team" | "moderator";
                            name: string;
                            sections: {
                                key: string;
                                title: string;
                                guidance: string;
                                text: string | null;
                            }[];
                            lockedCopies: {
                                attempt: number;
                                contentHash: string;
                                /** Format: date-time */
                                lockedAt: string;
                                content: {
                                    [key: string]: string;
                                };
                            }[];
                            steps: ("await_mentor" | "arrange_support" | "begin" | "submit" | "allocate_reviewer" | "review_criterion" | "complete_review" | "sample" | "moderate" | "release" | "resubmit" | "lapse" | "restart" | "withdraw")[];
                            view: {
                                /** @enum {string} */
                                state: "registered" | "awaiting_mentor" | "support_arranged" | "in_progress" | "submitted" | "in_review" | "moderated" | "not_met" | "resubmitted" | "restart_required" | "awarded" | "restarted" | "withdrawn";
                                support: {
                                    /** @enum {string} */
                                    role: "supporter" | "mentor";
                                    /** Format: uuid */
                                    personId: string;
                                    /** @enum {string} */
                                    appointedBy: "participant" | "body";
                                } | null;
                                feeOwedPence: number;
                                restart: {
                                    /** @enum {string} */
                                    reason: "second_not_met" | "late_resubmission" | "missed_submission";
                                    feeOwedPence: number;
                                } | null;
                                withdrawal: {
                                    reason: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                submissions: ({
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: true;
                                    /** Format: date-time */
                                    releasedAt: string;
                                    /** @enum {string|null} */
                                    outcome: "criteria_met" | "criteria_not_met" | null;
                                    feedback: {
                                        criterion: string;
                                        /** @enum {string} */
                                        outcome: "criteria_met" | "criteria_not_met";
                                        feedback: string;
                                    }[];
                                    moderationReasons: string | null;
                                } | {
                                    attempt: number;
                                    /** Format: date-time */
                                    lockedAt: string;
                                    contentHash: string;
                                    /** @enum {boolean} */
                                    released: false;
                                })[];
                            };
                            marking: {
                                attempt: number;
                                /** @enum {string} */
                                stage: "not_started" | "in_review" | "review_done" | "in_moderation" | "ready_for_release" | "released";
                                /** Format: uuid */
                                reviewerId: string | null;
                                readonly reviews: {
                                    criterion: string;
                                    /** @enum {string} */
                                    outcome: "criteria_met" | "criteria_not_met";
                                    feedback: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                reviewOutcome: "criteria_met" | "criteria_not_met" | null;
                                sampled: boolean | null;
                                moderation: {
                                    /** Format: uuid */
                                    moderatorId: string;
                                    /** @enum {string} */
                                    decision: "confirm" | "change";
                                    reasons: string;
                                    /** Format: date-time */
                                    at: string;
                                } | null;
                                readonly moderatorNotes: {
                                    /** Format: uuid */
                                    by: string;
                                    note: string;
                                    /** Format: date-time */
                                    at: string;
                                }[];
                                /** @enum {string|null} */
                                outcome: "criteria_met" | "criteria_not_met" | null;
                                /** Format: date-time */
                                releasedAt: string | null;
                            }[] | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/programmes/{programmeId}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set the organisation's fees, fair-use limit, moderation rate, blind review and time to resubmit for a programme */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    programmeId: "qtls" | "ats";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fees?: {
                            registrationPence: number;
                            restartPence: number;
                        };
                        supportRequestLimit?: number;
                        moderationRatePercent?: number;
                        blindReview?: boolean;
                        resubmissionMonths?: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            id: "qtls" | "ats";
                            title: string;
                            leadsTo: string;
                            months: number;
                            /** @enum {string} */
                            supportRole: "supporter" | "mentor";
                            bodyMayAppoint: boolean;
                            readonly cites: {
                                code: string;
                                version: string;
                                readonly provisions: string[];
                            }[];
                            terms: {
                                code: string;
                                version: string;
                                readonly provisions: string[];
                            };
                            readonly sections: {
                                key: string;
                                title: string;
                                guidance: string;
                                readonly cites: {
                                    code: string;
                                    version: string;
                                    readonly provisions: string[];
                                }[];
                            }[];
                            readonly eligibility: {
                                key: string;
                                text: string;
                                eligibleIf: boolean | null;
                                readonly cites: {
                                    code: string;
                                    version: string;
                                    readonly provisions: string[];
                                }[];
                            }[];
                            readonly channels: ("general" | "eligibility" | "portfolio" | "technical" | "ats")[];
                            fees: {
                                registrationPence: number;
                                restartPence: number;
                            };
                            supportRequestLimit: number;
                            moderationRatePercent: number;
                            blindReview: boolean;
                            resubmissionMonths: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/provisions-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which provisions of the codes conduct-log entries, declarations, safeguarding concerns and cases cite over a period (at most 36 months), of one academy or every one I oversee: counts by kind of record, academy and month, most involved first; a count from 1 to 4 is hidden (null); as a spreadsheet with format=csv */
        get: {
            parameters: {
                query: {
                    from: string;
                    to: string;
                    academyId?: string;
                    format?: "json" | "csv";
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            period: {
                                from: string;
                                to: string;
                            };
                            academies: {
                                /** Format: uuid */
                                id: string | null;
                                name: string;
                            }[];
                            choices: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            months: string[];
                            provisions: {
                                provision: {
                                    id: string;
                                    code: string;
                                    codeName: string;
                                    version: string;
                                    key: string;
                                    words: string;
                                    href: string | null;
                                };
                                total: number | null;
                                byKind: {
                                    conduct: number | null;
                                    declaration: number | null;
                                    concern: number | null;
                                    case: number | null;
                                };
                                byAcademy: {
                                    /** Format: uuid */
                                    academyId: string | null;
                                    academyName: string;
                                    count: number | null;
                                }[];
                                byMonth: {
                                    month: string;
                                    count: number | null;
                                }[];
                            }[];
                        } | string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/provisions/{provisionId}/citations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's records that cite a provision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    provisionId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recordType: string;
                            recordId: string;
                            /** Format: date-time */
                            citedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reports I may handle (none I am excluded from), open ones first, oldest first */
        get: {
            parameters: {
                query?: {
                    status?: "received" | "acknowledged" | "in_progress" | "closed";
                    mine?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Enter a concern received by phone, letter, email or in person; give the reporter the receipt code, shown this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "named" | "confidential" | "anonymous";
                        /** @enum {string} */
                        category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                        account: string;
                        when?: string;
                        where?: string;
                        /** @default [] */
                        namedPeople?: string[];
                        identity?: {
                            name: string;
                            contact?: string;
                            /** @enum {string} */
                            relationship?: "staff" | "member" | "learner" | "parent_or_carer" | "contractor_or_volunteer" | "other";
                        };
                        /** @enum {string} */
                        channel: "phone" | "letter" | "email" | "in_person";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @description Shown once: the only way back to the report */
                            receiptCode: string;
                            /** Format: date-time */
                            receivedAt: string;
                            whatHappensNext: string[];
                            /** Format: uuid */
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reports I may handle as CSV, without personal data: references, dates, statuses and outcomes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The organisation's time limits for its reports (or the defaults): to acknowledge, and to give feedback */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledge: {
                                /** @enum {string} */
                                type: "calendar_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "working_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "months";
                                months: number;
                            } | {
                                type: string;
                            };
                            feedback: {
                                /** @enum {string} */
                                type: "calendar_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "working_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "months";
                                months: number;
                            } | {
                                type: string;
                            };
                            defaults: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            /** Format: date-time */
                            changedAt: string | null;
                            changedBy: string | null;
                        };
                    };
                };
            };
        };
        /** Set the time limits reports received from now on carry: acknowledge within 1 to 7 days (1 to 5 working days), feedback within 1 to 3 months (7 to 92 days, 5 to 65 working days) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        acknowledge: {
                            /** @enum {string} */
                            type: "calendar_days";
                            days: number;
                        } | {
                            /** @enum {string} */
                            type: "working_days";
                            days: number;
                        };
                        feedback: {
                            /** @enum {string} */
                            type: "calendar_days";
                            days: number;
                        } | {
                            /** @enum {string} */
                            type: "working_days";
                            days: number;
                        } | {
                            /** @enum {string} */
                            type: "months";
                            months: number;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledge: {
                                /** @enum {string} */
                                type: "calendar_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "working_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "months";
                                months: number;
                            } | {
                                type: string;
                            };
                            feedback: {
                                /** @enum {string} */
                                type: "calendar_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "working_days";
                                days: number;
                            } | {
                                /** @enum {string} */
                                type: "months";
                                months: number;
                            } | {
                                type: string;
                            };
                            defaults: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            /** Format: date-time */
                            changedAt: string | null;
                            changedBy: string | null;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reports in figures: how many at each status, and the days taken to acknowledge and to close them */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            byStatus: {
                                /** @enum {string} */
                                status: "received" | "acknowledged" | "in_progress" | "closed";
                                count: number;
                            }[];
                            daysToAcknowledge: {
                                median: number | null;
                                longest: number | null;
                                late: number;
                            };
                            daysToClose: {
                                median: number | null;
                                longest: number | null;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A report with its messages, notes, exclusions and chronology (each read is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Acknowledge the report, with a message to the reporter (or the standard words) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        message?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/assign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assign the open report to another handler who is not excluded from it */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file sent with the report (each download is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/begin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take up the acknowledged report: it is in progress */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a case (or a protected case, 000 provision 12) about someone the report names; the case learns the reference, never the reporter */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "membership_application" | "suitability" | "allegation" | "staff_conduct" | "protected";
                        /** Format: uuid */
                        subjectId: string;
                        summary: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the report with its outcome and the reasons the reporter reads */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside";
                        reasons: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the reporter a file (the raw bytes, as application/octet-stream): a picture or plain text, up to 10 MB, stripped of what could identify its maker; the reporter reads it with their receipt code */
        post: {
            parameters: {
                query?: {
                    name?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/identity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The reporter's identity: a named report's at once, a confidential one's once a custodian approved my request (every read is recorded and shown to the reporter) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            name: string;
                            contact?: string;
                            /** @enum {string} */
                            relationship?: "staff" | "member" | "learner" | "parent_or_carer" | "contractor_or_volunteer" | "other";
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write to the reporter: a question, or feedback on what is being done (which the feedback time limit waits for) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @default false */
                        feedback?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add an internal note, which the reporter never sees */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/reopen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reopen a closed report, saying why (new information, or the closure was premature) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/reveal-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask a custodian to let me know a confidential reporter's identity, saying why */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string | null;
                                feedback: boolean;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            channel: "web" | "phone" | "letter" | "email" | "in_person";
                            namedPersons: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            assignedTo: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            /** Format: uuid */
                            caseId: string | null;
                            timeLimits: {
                                acknowledge: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                                feedback: {
                                    /** @enum {string} */
                                    type: "calendar_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "working_days";
                                    days: number;
                                } | {
                                    /** @enum {string} */
                                    type: "months";
                                    months: number;
                                } | {
                                    type: string;
                                };
                            };
                            notes: {
                                /** Format: uuid */
                                id: string;
                                body: string;
                                /** Format: date-time */
                                at: string;
                                authorName: string;
                            }[];
                            exclusions: {
                                /** Format: uuid */
                                personId: string;
                                name: string;
                                /** @enum {string} */
                                ground: "named" | "declared" | "stepped_aside";
                                reason: string | null;
                                /** Format: date-time */
                                recordedAt: string;
                            }[];
                            reveals: {
                                /** Format: uuid */
                                id: string;
                                requestedBy: string;
                                reason: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string|null} */
                                decision: "approved" | "refused" | null;
                                decidedBy: string | null;
                                /** Format: date-time */
                                decidedAt: string | null;
                            }[];
                            chronology: {
                                /** Format: uuid */
                                id: string;
                                event: string;
                                /** @enum {string|null} */
                                fromStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** @enum {string|null} */
                                toStatus: "received" | "acknowledged" | "in_progress" | "closed" | null;
                                /** Format: date-time */
                                at: string;
                                actorName: string | null;
                                personName: string | null;
                                note: string | null;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/raised-concerns/{reportId}/step-aside": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step aside from the report with a reason: excluded from it from then on, and it passes to another handler */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    reportId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a region to a trust */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/registers/{register}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A register (interests, gifts and hospitality, insurance) for the academies I oversee, filtered; as a spreadsheet with format=csv */
        get: {
            parameters: {
                query?: {
                    academyId?: string;
                    from?: string;
                    to?: string;
                    person?: string;
                    format?: "json" | "csv";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                    register: "interests" | "gifts" | "insurance";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            giftThresholdPence: number | null;
                            entries: {
                                /** Format: uuid */
                                id: string;
                                kind: string;
                                title: string;
                                /** @enum {string} */
                                state: "draft" | "submitted" | "acknowledged" | "under_review" | "marked_for_case" | "closed";
                                /** @enum {string|null} */
                                outcome: "no_action" | "advice_given" | "action_taken" | "referred" | "case_opened" | "approved" | "declined" | null;
                                fields: {
                                    [key: string]: unknown;
                                };
                                occurredOn: string | null;
                                /** Format: date-time */
                                submittedAt: string | null;
                                /** Format: uuid */
                                declarantId: string;
                                declarant: string;
                                academy: string | null;
                                /** @description Whether the reader may open the declaration itself: its recipients and declarant may; overseeing the register is not enough */
                                readable: boolean;
                                needsApproval: boolean;
                                /** @enum {string|null} */
                                approval: "awaiting" | "approved" | "declined" | null;
                                insurance: {
                                    lapsed: boolean;
                                    daysLeft: number;
                                } | null;
                            }[];
                        } | string;
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/retention-schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How long Probity keeps each kind of record it does not keep for good, from what event, what then happens to it, and why */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            record: string;
                            /** @description ISO 8601 duration after the event; PT0S: not kept once it happens */
                            keptFor: string;
                            after: string;
                            /** @enum {string} */
                            action: "delete" | "anonymise";
                            reason: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/reveal-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Handlers' requests to know a confidential reporter's identity, waiting for a custodian: who asks and why, never what the report says */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            reportId: string;
                            reference: string;
                            requestedBy: string;
                            reason: string;
                            /** Format: date-time */
                            requestedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/reveal-requests/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve or refuse a handler's request to know a confidential reporter's identity */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "approved" | "refused";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safe-working": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My safe-working requests and notices, and those that came to me */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            mine: {
                                /** Format: uuid */
                                id: string;
                                kind: {
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    needs: "approval" | "notice";
                                };
                                requester: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                learner: string;
                                purpose: string;
                                /** Format: date-time */
                                eventAt: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                state: "requested" | "approved" | "refused" | "withdrawn";
                                conditions: {
                                    id: string;
                                    label: string;
                                    provision: string;
                                    met: boolean;
                                    metBeforeEvent: boolean;
                                    metAt: string | null;
                                }[];
                                allMetBeforeEvent: boolean;
                                approvedAfterEvent: boolean;
                                decision: {
                                    by: string;
                                    /** Format: date-time */
                                    at: string;
                                    approved: boolean;
                                    reason: string | null;
                                } | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                            toMe: {
                                /** Format: uuid */
                                id: string;
                                kind: {
                                    id: string;
                                    title: string;
                                    /** @enum {string} */
                                    needs: "approval" | "notice";
                                };
                                requester: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                learner: string;
                                purpose: string;
                                /** Format: date-time */
                                eventAt: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                state: "requested" | "approved" | "refused" | "withdrawn";
                                conditions: {
                                    id: string;
                                    label: string;
                                    provision: string;
                                    met: boolean;
                                    metBeforeEvent: boolean;
                                    metAt: string | null;
                                }[];
                                allMetBeforeEvent: boolean;
                                approvedAfterEvent: boolean;
                                decision: {
                                    by: string;
                                    /** Format: date-time */
                                    at: string;
                                    approved: boolean;
                                    reason: string | null;
                                } | null;
                                allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Ask a manager to agree in advance (a learner in my car), or give notice beforehand (a one-to-one meeting) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        kind: string;
                        learner: string;
                        purpose: string;
                        /** Format: date-time */
                        eventAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                needs: "approval" | "notice";
                            };
                            requester: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learner: string;
                            purpose: string;
                            /** Format: date-time */
                            eventAt: string;
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            state: "requested" | "approved" | "refused" | "withdrawn";
                            conditions: {
                                id: string;
                                label: string;
                                provision: string;
                                met: boolean;
                                metBeforeEvent: boolean;
                                metAt: string | null;
                            }[];
                            allMetBeforeEvent: boolean;
                            approvedAfterEvent: boolean;
                            decision: {
                                by: string;
                                /** Format: date-time */
                                at: string;
                                approved: boolean;
                                reason: string | null;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safe-working-kinds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What needs a manager’s agreement in advance, and what needs notice beforehand, with the conditions each records */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            /** @enum {string} */
                            needs: "approval" | "notice";
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            }[];
                            conditions: {
                                id: string;
                                label: string;
                                metByApproval: boolean;
                            }[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safe-working/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A safe-working request: each condition, whether it was met before the event, and the decision */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                needs: "approval" | "notice";
                            };
                            requester: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learner: string;
                            purpose: string;
                            /** Format: date-time */
                            eventAt: string;
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            state: "requested" | "approved" | "refused" | "withdrawn";
                            conditions: {
                                id: string;
                                label: string;
                                provision: string;
                                met: boolean;
                                metBeforeEvent: boolean;
                                metAt: string | null;
                            }[];
                            allMetBeforeEvent: boolean;
                            approvedAfterEvent: boolean;
                            decision: {
                                by: string;
                                /** Format: date-time */
                                at: string;
                                approved: boolean;
                                reason: string | null;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safe-working/{requestId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record a condition met or withdraw (the requester); approve or refuse with a reason (the manager) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "record_condition";
                        condition: string;
                    } | {
                        /** @enum {string} */
                        type: "approve";
                        reason?: string;
                    } | {
                        /** @enum {string} */
                        type: "refuse";
                        reason: string;
                    } | {
                        /** @enum {string} */
                        type: "withdraw";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            kind: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                needs: "approval" | "notice";
                            };
                            requester: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learner: string;
                            purpose: string;
                            /** Format: date-time */
                            eventAt: string;
                            /** Format: date-time */
                            requestedAt: string;
                            /** @enum {string} */
                            state: "requested" | "approved" | "refused" | "withdrawn";
                            conditions: {
                                id: string;
                                label: string;
                                provision: string;
                                met: boolean;
                                metBeforeEvent: boolean;
                                metAt: string | null;
                            }[];
                            allMetBeforeEvent: boolean;
                            approvedAfterEvent: boolean;
                            decision: {
                                by: string;
                                /** Format: date-time */
                                at: string;
                                approved: boolean;
                                reason: string | null;
                            } | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/academies/{academyId}/deputies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The academy’s deputy designated safeguarding leads */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    academyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            personId: string;
                            name: string;
                            /** Format: date-time */
                            appointedAt: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/academies/{academyId}/deputies/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Appoint a deputy designated safeguarding lead: on the DSL team, and alerted when a concern is not picked up */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    academyId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            personId: string;
                            name: string;
                            /** Format: date-time */
                            appointedAt: string;
                        }[];
                    };
                };
            };
        };
        post?: never;
        /** Remove a deputy designated safeguarding lead */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    academyId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/chronology": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A learner’s chronology across every record about them I may read (each record read is recorded) */
        get: {
            parameters: {
                query: {
                    learnerRef: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            learnerRef: string;
                            entries: {
                                /** Format: date-time */
                                at: string;
                                /** Format: uuid */
                                concernId: string;
                                /** @enum {string} */
                                category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                                event: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A page of the safeguarding records I may read, newest first; the total is in X-Total-Count */
        get: {
            parameters: {
                query?: {
                    state?: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                    category?: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                    limit?: number;
                    offset?: number;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learnerRef: string;
                            /** @enum {string} */
                            category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                            /** @enum {string} */
                            state: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                            /** Format: date-time */
                            seenAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            /** Format: date-time */
                            actBy: string;
                            allegation: boolean;
                            /** Format: uuid */
                            caseId: string | null;
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Record a safeguarding concern about a learner (or an allegation about a member of staff), in one request: its DSL team is alerted at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @description The academy the learner is at; where I work, when I work at one only
                         */
                        academyId?: string;
                        /** @description The academy's reference for the learner, never their name */
                        learnerRef: string;
                        /** @enum {string} */
                        category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                        /** Format: date-time */
                        seenAt: string;
                        /** @description What was seen or said, in my own words */
                        account: string;
                        immediateAction?: string;
                        /** @description An allegation about a member of staff: who, where I know */
                        allegation?: {
                            /** Format: uuid */
                            staffMemberId: string | null;
                        };
                        /**
                         * @description Where an injury is on the body map, as fractions of the front or back outline
                         * @default []
                         */
                        marks?: {
                            /** @enum {string} */
                            view: "front" | "back";
                            x: number;
                            y: number;
                            description?: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                            /** @enum {string} */
                            state: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                            /** Format: date-time */
                            recordedAt: string;
                            /** Format: date-time */
                            actBy: string;
                            alerted: {
                                /** @enum {string} */
                                place: "designated_safeguarding_lead" | "deputy_designated_safeguarding_lead" | "principal" | "regional_education_director";
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns/{concernId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A safeguarding record, to its team and those who may read it (each read is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    concernId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learnerRef: string;
                            /** @enum {string} */
                            category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                            /** @enum {string} */
                            state: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                            /** Format: date-time */
                            seenAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            actBy: string;
                            account: string;
                            immediateAction: string | null;
                            allegation: {
                                staffMember: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                caseId: string | null;
                            } | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            marks: {
                                /** @enum {string} */
                                view: "front" | "back";
                                x: number;
                                y: number;
                                region: string;
                                description: string | null;
                            }[];
                            triage: {
                                /** @enum {string} */
                                level: "record_only" | "pastoral_support" | "early_help" | "statutory_referral";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                dueOn: string | null;
                                /** Format: date-time */
                                doneAt: string | null;
                            }[];
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                agency: "childrens_social_care" | "police" | "early_help";
                                /** Format: date-time */
                                madeAt: string;
                                reference: string | null;
                                /** Format: date-time */
                                respondBy: string;
                                response: {
                                    /** Format: date-time */
                                    at: string;
                                    accepted: boolean;
                                } | null;
                                /** Format: date-time */
                                concludeBy: string | null;
                                /** Format: date-time */
                                concludedAt: string | null;
                            }[];
                            outcome: {
                                /** @enum {string} */
                                outcome: "no_further_action" | "monitoring" | "pastoral_support" | "early_help" | "child_in_need" | "child_protection" | "police_action";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                from: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                /** @enum {string} */
                                to: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                note: string | null;
                            }[];
                            access: {
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                                /** Format: date-time */
                                grantedAt: string;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            steps: ("triage" | "add_action" | "complete_action" | "refer" | "record_response" | "record_conclusion" | "record_outcome" | "close" | "reopen")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns/{concernId}/access": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Let someone of the organisation see the record, saying why they need to know */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    concernId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        personId: string;
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learnerRef: string;
                            /** @enum {string} */
                            category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                            /** @enum {string} */
                            state: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                            /** Format: date-time */
                            seenAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            actBy: string;
                            account: string;
                            immediateAction: string | null;
                            allegation: {
                                staffMember: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                caseId: string | null;
                            } | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            marks: {
                                /** @enum {string} */
                                view: "front" | "back";
                                x: number;
                                y: number;
                                region: string;
                                description: string | null;
                            }[];
                            triage: {
                                /** @enum {string} */
                                level: "record_only" | "pastoral_support" | "early_help" | "statutory_referral";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                dueOn: string | null;
                                /** Format: date-time */
                                doneAt: string | null;
                            }[];
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                agency: "childrens_social_care" | "police" | "early_help";
                                /** Format: date-time */
                                madeAt: string;
                                reference: string | null;
                                /** Format: date-time */
                                respondBy: string;
                                response: {
                                    /** Format: date-time */
                                    at: string;
                                    accepted: boolean;
                                } | null;
                                /** Format: date-time */
                                concludeBy: string | null;
                                /** Format: date-time */
                                concludedAt: string | null;
                            }[];
                            outcome: {
                                /** @enum {string} */
                                outcome: "no_further_action" | "monitoring" | "pastoral_support" | "early_help" | "child_in_need" | "child_protection" | "police_action";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                from: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                /** @enum {string} */
                                to: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                note: string | null;
                            }[];
                            access: {
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                                /** Format: date-time */
                                grantedAt: string;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            steps: ("triage" | "add_action" | "complete_action" | "refer" | "record_response" | "record_conclusion" | "record_outcome" | "close" | "reopen")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns/{concernId}/access/{personId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw someone’s access to the record (the grant stays in its history) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    concernId: string;
                    personId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns/{concernId}/break-glass": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open a record I may not otherwise see, giving a reason: recorded, and its team told at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    concernId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learnerRef: string;
                            /** @enum {string} */
                            category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                            /** @enum {string} */
                            state: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                            /** Format: date-time */
                            seenAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            actBy: string;
                            account: string;
                            immediateAction: string | null;
                            allegation: {
                                staffMember: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                caseId: string | null;
                            } | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            marks: {
                                /** @enum {string} */
                                view: "front" | "back";
                                x: number;
                                y: number;
                                region: string;
                                description: string | null;
                            }[];
                            triage: {
                                /** @enum {string} */
                                level: "record_only" | "pastoral_support" | "early_help" | "statutory_referral";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                dueOn: string | null;
                                /** Format: date-time */
                                doneAt: string | null;
                            }[];
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                agency: "childrens_social_care" | "police" | "early_help";
                                /** Format: date-time */
                                madeAt: string;
                                reference: string | null;
                                /** Format: date-time */
                                respondBy: string;
                                response: {
                                    /** Format: date-time */
                                    at: string;
                                    accepted: boolean;
                                } | null;
                                /** Format: date-time */
                                concludeBy: string | null;
                                /** Format: date-time */
                                concludedAt: string | null;
                            }[];
                            outcome: {
                                /** @enum {string} */
                                outcome: "no_further_action" | "monitoring" | "pastoral_support" | "early_help" | "child_in_need" | "child_protection" | "police_action";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                from: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                /** @enum {string} */
                                to: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                note: string | null;
                            }[];
                            access: {
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                                /** Format: date-time */
                                grantedAt: string;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            steps: ("triage" | "add_action" | "complete_action" | "refer" | "record_response" | "record_conclusion" | "record_outcome" | "close" | "reopen")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns/{concernId}/case": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open an allegation case about the member of staff an allegation names (a case officer who may read it); the record keeps the case */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    concernId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        summary: string;
                        /** @default false */
                        harmThreshold?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learnerRef: string;
                            /** @enum {string} */
                            category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                            /** @enum {string} */
                            state: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                            /** Format: date-time */
                            seenAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            actBy: string;
                            account: string;
                            immediateAction: string | null;
                            allegation: {
                                staffMember: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                caseId: string | null;
                            } | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            marks: {
                                /** @enum {string} */
                                view: "front" | "back";
                                x: number;
                                y: number;
                                region: string;
                                description: string | null;
                            }[];
                            triage: {
                                /** @enum {string} */
                                level: "record_only" | "pastoral_support" | "early_help" | "statutory_referral";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                dueOn: string | null;
                                /** Format: date-time */
                                doneAt: string | null;
                            }[];
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                agency: "childrens_social_care" | "police" | "early_help";
                                /** Format: date-time */
                                madeAt: string;
                                reference: string | null;
                                /** Format: date-time */
                                respondBy: string;
                                response: {
                                    /** Format: date-time */
                                    at: string;
                                    accepted: boolean;
                                } | null;
                                /** Format: date-time */
                                concludeBy: string | null;
                                /** Format: date-time */
                                concludedAt: string | null;
                            }[];
                            outcome: {
                                /** @enum {string} */
                                outcome: "no_further_action" | "monitoring" | "pastoral_support" | "early_help" | "child_in_need" | "child_protection" | "police_action";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                from: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                /** @enum {string} */
                                to: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                note: string | null;
                            }[];
                            access: {
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                                /** Format: date-time */
                                grantedAt: string;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            steps: ("triage" | "add_action" | "complete_action" | "refer" | "record_response" | "record_conclusion" | "record_outcome" | "close" | "reopen")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns/{concernId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A safeguarding record as PDF, with its body map: front and back outlines with each mark placed and listed (each reading is recorded) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    concernId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/concerns/{concernId}/steps": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a step: triage; add or complete an action; refer to an agency, record its answer or its assessment’s conclusion; record the outcome; close; reopen */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    concernId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "triage";
                        /** @enum {string} */
                        level: "record_only" | "pastoral_support" | "early_help" | "statutory_referral";
                        note: string;
                    } | {
                        /** @enum {string} */
                        type: "add_action";
                        description: string;
                        /** Format: uuid */
                        assigneeId: string;
                        /** Format: date */
                        dueOn?: string | null;
                    } | {
                        /** @enum {string} */
                        type: "complete_action";
                        /** Format: uuid */
                        actionId: string;
                        note?: string;
                    } | {
                        /** @enum {string} */
                        type: "refer";
                        /** @enum {string} */
                        agency: "childrens_social_care" | "police" | "early_help";
                        /**
                         * Format: date-time
                         * @description When it was made, if not now (a referral by phone, recorded after)
                         */
                        madeAt?: string;
                        reference?: string;
                    } | {
                        /** @enum {string} */
                        type: "record_response";
                        /** Format: uuid */
                        referralId: string;
                        accepted: boolean;
                        note: string;
                    } | {
                        /** @enum {string} */
                        type: "record_conclusion";
                        /** Format: uuid */
                        referralId: string;
                        note: string;
                    } | {
                        /** @enum {string} */
                        type: "record_outcome";
                        /** @enum {string} */
                        outcome: "no_further_action" | "monitoring" | "pastoral_support" | "early_help" | "child_in_need" | "child_protection" | "police_action";
                        summary: string;
                    } | {
                        /** @enum {string} */
                        type: "close";
                        note?: string;
                    } | {
                        /** @enum {string} */
                        type: "reopen";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            academy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            learnerRef: string;
                            /** @enum {string} */
                            category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                            /** @enum {string} */
                            state: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                            /** Format: date-time */
                            seenAt: string;
                            /** Format: date-time */
                            recordedAt: string;
                            recordedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            actBy: string;
                            account: string;
                            immediateAction: string | null;
                            allegation: {
                                staffMember: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** Format: uuid */
                                caseId: string | null;
                            } | null;
                            cites: {
                                code: string;
                                version: string;
                                name: string;
                                text: string;
                                href: string;
                                provisions: {
                                    key: string;
                                    words: string;
                                    href: string;
                                }[];
                            } | null;
                            marks: {
                                /** @enum {string} */
                                view: "front" | "back";
                                x: number;
                                y: number;
                                region: string;
                                description: string | null;
                            }[];
                            triage: {
                                /** @enum {string} */
                                level: "record_only" | "pastoral_support" | "early_help" | "statutory_referral";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            actions: {
                                /** Format: uuid */
                                id: string;
                                description: string;
                                assignee: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                dueOn: string | null;
                                /** Format: date-time */
                                doneAt: string | null;
                            }[];
                            referrals: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                agency: "childrens_social_care" | "police" | "early_help";
                                /** Format: date-time */
                                madeAt: string;
                                reference: string | null;
                                /** Format: date-time */
                                respondBy: string;
                                response: {
                                    /** Format: date-time */
                                    at: string;
                                    accepted: boolean;
                                } | null;
                                /** Format: date-time */
                                concludeBy: string | null;
                                /** Format: date-time */
                                concludedAt: string | null;
                            }[];
                            outcome: {
                                /** @enum {string} */
                                outcome: "no_further_action" | "monitoring" | "pastoral_support" | "early_help" | "child_in_need" | "child_protection" | "police_action";
                                /** Format: date-time */
                                at: string;
                            } | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            history: {
                                event: string;
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                from: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                /** @enum {string} */
                                to: "recorded" | "triaged" | "acting" | "outcome_recorded" | "closed" | "allegation";
                                note: string | null;
                            }[];
                            access: {
                                person: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                reason: string;
                                /** Format: date-time */
                                grantedAt: string;
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                            steps: ("triage" | "add_action" | "complete_action" | "refer" | "record_response" | "record_conclusion" | "record_outcome" | "close" | "reopen")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/dashboard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The DSL team’s dashboard for the academies I am on the team of: new, due today, overdue, and open concerns by category */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            academies: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            new: {
                                /** Format: uuid */
                                concernId: string;
                                /** Format: uuid */
                                academyId: string;
                                learnerRef: string;
                                /** @enum {string} */
                                category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                                /** @enum {string} */
                                what: "triage" | "action" | "referral_response" | "referral_conclusion";
                                /** Format: uuid */
                                itemId: string | null;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            dueToday: {
                                /** Format: uuid */
                                concernId: string;
                                /** Format: uuid */
                                academyId: string;
                                learnerRef: string;
                                /** @enum {string} */
                                category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                                /** @enum {string} */
                                what: "triage" | "action" | "referral_response" | "referral_conclusion";
                                /** Format: uuid */
                                itemId: string | null;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            overdue: {
                                /** Format: uuid */
                                concernId: string;
                                /** Format: uuid */
                                academyId: string;
                                learnerRef: string;
                                /** @enum {string} */
                                category: "physical_abuse" | "emotional_abuse" | "sexual_abuse" | "neglect" | "radicalisation" | "other";
                                /** @enum {string} */
                                what: "triage" | "action" | "referral_response" | "referral_conclusion";
                                /** Format: uuid */
                                itemId: string | null;
                                /** Format: date-time */
                                dueAt: string;
                            }[];
                            openByCategory: {
                                [key: string]: number;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/safeguarding/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** People of the organisation by name (names only, at most 20): the member of staff an allegation is about, whom to give an action or let see a record */
        get: {
            parameters: {
                query: {
                    q: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            name: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/self-assessments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My self-assessments (or those of someone who shares theirs with me) */
        get: {
            parameters: {
                query?: {
                    personId?: string;
                };
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "submitted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            codeTitle: string;
                            version: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        /** Start this year's self-assessment against the organisation's professional standards */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        year?: number;
                        codeId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "submitted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            code: {
                                codeId: string;
                                title: string;
                                version: string;
                            };
                            standards: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                reflection: string;
                                evidence: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "text" | "link" | "file";
                                    text: string | null;
                                    url: string | null;
                                    /** Format: uuid */
                                    fileId: string | null;
                                    fileName: string | null;
                                    mediaType: string | null;
                                    allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/self-assessments/{assessmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A self-assessment: every standard with its rating, reflection and evidence */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "submitted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            code: {
                                codeId: string;
                                title: string;
                                version: string;
                            };
                            standards: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                reflection: string;
                                evidence: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "text" | "link" | "file";
                                    text: string | null;
                                    url: string | null;
                                    /** Format: uuid */
                                    fileId: string | null;
                                    fileName: string | null;
                                    mediaType: string | null;
                                    allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/self-assessments/{assessmentId}/evidence/{evidenceId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove evidence from a draft */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assessmentId: string;
                    evidenceId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "submitted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            code: {
                                codeId: string;
                                title: string;
                                version: string;
                            };
                            standards: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                reflection: string;
                                evidence: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "text" | "link" | "file";
                                    text: string | null;
                                    url: string | null;
                                    /** Format: uuid */
                                    fileId: string | null;
                                    fileName: string | null;
                                    mediaType: string | null;
                                    allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/self-assessments/{assessmentId}/standards/{provisionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Save a standard's rating and reflection (a draft saves as you go) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assessmentId: string;
                    provisionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        rating: number | null;
                        /** @default  */
                        reflection?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "submitted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            code: {
                                codeId: string;
                                title: string;
                                version: string;
                            };
                            standards: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                reflection: string;
                                evidence: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "text" | "link" | "file";
                                    text: string | null;
                                    url: string | null;
                                    /** Format: uuid */
                                    fileId: string | null;
                                    fileName: string | null;
                                    mediaType: string | null;
                                    allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/self-assessments/{assessmentId}/standards/{provisionId}/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add evidence to a standard: text, a link, or an uploaded file */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assessmentId: string;
                    provisionId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "text";
                        text: string;
                    } | {
                        /** @enum {string} */
                        kind: "link";
                        /** Format: uri */
                        url: string;
                    } | {
                        /** @enum {string} */
                        kind: "file";
                        /** Format: uuid */
                        fileId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "submitted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            code: {
                                codeId: string;
                                title: string;
                                version: string;
                            };
                            standards: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                reflection: string;
                                evidence: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "text" | "link" | "file";
                                    text: string | null;
                                    url: string | null;
                                    /** Format: uuid */
                                    fileId: string | null;
                                    fileName: string | null;
                                    mediaType: string | null;
                                    allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/orgs/{orgId}/self-assessments/{assessmentId}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Submit a self-assessment once every standard is rated; it is then locked */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    orgId: string;
                    assessmentId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never> | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: uuid */
                            personId: string;
                            year: number;
                            /** @enum {string} */
                            status: "draft" | "submitted";
                            /** Format: date-time */
                            submittedAt: string | null;
                            code: {
                                codeId: string;
                                title: string;
                                version: string;
                            };
                            standards: {
                                /** Format: uuid */
                                id: string;
                                key: string;
                                number: string;
                                text: string;
                                rating: number | null;
                                reflection: string;
                                evidence: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "text" | "link" | "file";
                                    text: string | null;
                                    url: string | null;
                                    /** Format: uuid */
                                    fileId: string | null;
                                    fileName: string | null;
                                    mediaType: string | null;
                                    allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                                }[];
                            }[];
                            allowed: ("organisation.read" | "organisation.manage" | "people.read" | "people.manage" | "people.import" | "audit.read" | "audit.verify" | "outbox.read" | "retention.read" | "deadline.read" | "deadline.meet" | "deadline.create" | "deadline.oversee" | "deadline.waive" | "codes.read" | "codes.adopt" | "attestation.make" | "attestation.oversee" | "citation.create" | "citation.read" | "development.read" | "development.edit" | "development.share" | "declaration.make" | "declaration.read" | "declaration.acknowledge" | "declaration.review" | "declaration.mark_for_case" | "declaration.close" | "declaration.oversee" | "declaration.configure" | "safe_working.request" | "safe_working.read" | "safe_working.decide" | "development.insights" | "case.open" | "case.read" | "case.progress" | "case.decide" | "case.appeal" | "case.team" | "case.step_aside" | "case.respond" | "case.letters" | "case.statistics" | "programme.read" | "programme.register" | "programme.participate" | "programme.manage" | "programme.review" | "programme.moderate" | "safeguarding.record" | "safeguarding.read" | "safeguarding.triage" | "safeguarding.act" | "safeguarding.refer" | "safeguarding.conclude" | "safeguarding.grant" | "safeguarding.break_glass" | "safeguarding.dashboard" | "safeguarding.appoint_deputy" | "conduct_log.record" | "conduct_log.read" | "conduct_log.amend" | "conduct_log.share" | "conduct_log.grant" | "conduct_log.analyse" | "conduct_log.configure" | "provisions.report" | "report.enter" | "report.read" | "report.acknowledge" | "report.message" | "report.note" | "report.progress" | "report.assign" | "report.step_aside" | "report.request_reveal" | "report.reveal" | "report.open_case" | "report.approve_reveal" | "report.statistics" | "report.configure")[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Email a password reset link (answers the same whether or not the account exists) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with an emailed reset token */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        token: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How to raise a concern in confidence with an organisation: what happens next, what protects you, what anonymity means here */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisation: string;
                            open: boolean;
                            modes: ("named" | "confidential" | "anonymous")[];
                            categories: ("misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern")[];
                            relationships: ("staff" | "member" | "learner" | "parent_or_carer" | "contractor_or_volunteer" | "other")[];
                            whatHappensNext: string[];
                            protection: {
                                source: string;
                                words: string;
                            }[];
                            anonymity: string[];
                            files: string;
                            cites: {
                                code: string;
                                version: string;
                                provisions: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/follow": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Open your report with its receipt code, for a session of 30 minutes; codes that open nothing are throttled */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        receiptCode: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            token: string;
                            /** Format: date-time */
                            expiresAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your report, the messages both ways and each time your identity was revealed (with the session your receipt code began) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/report/attachments/{attachmentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a file of your report: yours, or one the handlers sent you (with the session your receipt code began) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                    attachmentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/report/files": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add a file to your report (the raw bytes, as application/octet-stream): a picture or plain text, up to 10 MB; what could identify you is removed first */
        post: {
            parameters: {
                query: {
                    name: string;
                };
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            from: "reporter" | "handler";
                            name: string;
                            mediaType: string;
                            size: number;
                            removed: string[];
                            /** Format: date-time */
                            at: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/report/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Answer the handlers, or tell them something new, while your report is open */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @enum {string} */
                            mode: "named" | "confidential" | "anonymous";
                            /** @enum {string} */
                            category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                            /** @enum {string} */
                            status: "received" | "acknowledged" | "in_progress" | "closed";
                            /** Format: date-time */
                            receivedAt: string;
                            /** Format: date-time */
                            acknowledgedAt: string | null;
                            /** Format: date-time */
                            closedAt: string | null;
                            /** @enum {string|null} */
                            outcome: "action_taken" | "no_further_action" | "insufficient_information" | "referred_to_case" | "referred_outside" | null;
                            account: string;
                            when: string | null;
                            where: string | null;
                            namedPeople: string[];
                            /** Format: date-time */
                            acknowledgeBy: string | null;
                            /** Format: date-time */
                            feedbackBy: string | null;
                            messages: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                body: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            attachments: {
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                from: "reporter" | "handler";
                                name: string;
                                mediaType: string;
                                size: number;
                                removed: string[];
                                /** Format: date-time */
                                at: string;
                            }[];
                            identityRevealed: {
                                reason: string;
                                /** Format: date-time */
                                at: string;
                            }[];
                            mayWrite: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/report/proof": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download a proof of your report: the organisation, its reference, when it was received, and a SHA-256 of everything you sent */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            organisation: string;
                            reference: string;
                            /** Format: date-time */
                            receivedAt: string;
                            items: number;
                            sha256: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/report/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End your session on your report at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/raising-concerns/{organisation}/reports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Raise a concern by name, confidentially or anonymously; the answer holds the receipt code, shown this once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    organisation: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "named" | "confidential" | "anonymous";
                        /** @enum {string} */
                        category: "misconduct" | "malpractice" | "illegal" | "unethical" | "treated_unfairly_for_raising_a_concern";
                        account: string;
                        when?: string;
                        where?: string;
                        /** @default [] */
                        namedPeople?: string[];
                        identity?: {
                            name: string;
                            contact?: string;
                            /** @enum {string} */
                            relationship?: "staff" | "member" | "learner" | "parent_or_carer" | "contractor_or_volunteer" | "other";
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reference: string;
                            /** @description Shown once: the only way back to the report */
                            receiptCode: string;
                            /** Format: date-time */
                            receivedAt: string;
                            whatHappensNext: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rating-scale": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The self-assessment rating scale, with a descriptor for each level */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            value: number;
                            label: string;
                            descriptor: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in. With two-factor sign-in on, answers with a challenge to complete at /api/session/two-factor */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** Format: uuid */
                            personId: string;
                        } | {
                            /** @enum {boolean} */
                            twoFactorRequired: true;
                            challenge: string;
                        };
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Complete sign-in with a code from the authenticator app, or a recovery code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        challenge: string;
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            csrfToken: string;
                            /** Format: uuid */
                            personId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Sign out everywhere: end every session of the signed-in person */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": null;
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/themes/{theme}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provisions of every code on one theme, to read side by side */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    theme: "safeguarding" | "equality-and-diversity" | "integrity" | "confidentiality" | "conflicts-of-interest" | "professional-development" | "duty-of-care" | "relationships-and-boundaries" | "reporting-and-notification" | "data-protection" | "health-and-safety" | "reputation-and-conduct" | "leadership" | "learner-outcomes" | "collaboration" | "support-and-fairness" | "assessment";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            key: string;
                            parentKey: string | null;
                            depth: number;
                            number: string;
                            heading: string | null;
                            text: string;
                            kind: string;
                            footnotes: string[];
                            themes: string[];
                            links: {
                                to: string;
                                relation: string;
                            }[];
                            codeId: string;
                            codeTitle: string;
                            version: string;
                        }[];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
