"""blocks/keep_door_open.j2, compiled by Jinja (scripts/compile_templates.py: do not edit)."""

# ruff: noqa
# fmt: off
# mypy: ignore-errors

SOURCE = '719b85da48836e9b4ae36aaa72b0e95c'
JINJA = '3.1.6'
MACROS = (('backup_1', ('c',)), ('backup_2', ('c',)), ('backup_3', ('c',)), ('backup_4', ('c',)), ('backup_5', ('c',)), ('reapply_1', ('c', 'x')), ('reapply_2', ('c', 'x')), ('reapply_3', ('c', 'x')), ('reapply__1', ('c',)), ('reapply__2', ('c',)), ('plan_1', ('c',)), ('plan_2', ('c',)), ('plan_3', ('c',)), ('internal_1', ('c',)), ('internal_2', ('c',)), ('internal_3', ('c',)), ('internal_4', ('c',)), ('agency_1', ('c',)), ('agency_2', ('c',)), ('agency_3', ('c',)), ('recruiter_1', ('c',)), ('recruiter_2', ('c',)), ('recruiter_3', ('c',)), ('future_1', ('c',)), ('future_2', ('c',)), ('future_3', ('c',)))


def namespace(environment):
    from jinja2.runtime import LoopContext, Macro, Markup, Namespace, TemplateNotFound, TemplateReference, TemplateRuntimeError, Undefined, escape, identity, internalcode, markup_join, missing, str_join
    name = 'blocks/keep_door_open.j2'

    def root(context, missing=missing, environment=environment):
        resolve = context.resolve_or_missing
        undefined = environment.undefined
        concat = environment.concat
        cond_expr_undefined = Undefined
        if 0: yield None
        l_0_backup_1 = l_0_backup_2 = l_0_backup_3 = l_0_backup_4 = l_0_backup_5 = l_0_reapply_1 = l_0_reapply_2 = l_0_reapply_3 = l_0_reapply__1 = l_0_reapply__2 = l_0_plan_1 = l_0_plan_2 = l_0_plan_3 = l_0_internal_1 = l_0_internal_2 = l_0_internal_3 = l_0_internal_4 = l_0_agency_1 = l_0_agency_2 = l_0_agency_3 = l_0_recruiter_1 = l_0_recruiter_2 = l_0_recruiter_3 = l_0_future_1 = l_0_future_2 = l_0_future_3 = missing
        try:
            t_1 = environment.filters['number']
        except KeyError:
            @internalcode
            def t_1(*unused):
                raise TemplateRuntimeError("No filter named 'number' found.")
        pass
        def macro(l_1_c):
            t_2 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_2.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I would still love to join %(company)s, so if another position opens up — or if anything changes with this one — I hope you'll think of me.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_2)
        context.exported_vars.add('backup_1')
        context.vars['backup_1'] = l_0_backup_1 = Macro(environment, macro, 'backup_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_3 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_3.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('If a similar role opens up, or if your plans for this one change, I would be glad to hear from you.')),
            )
            return concat(t_3)
        context.exported_vars.add('backup_2')
        context.vars['backup_2'] = l_0_backup_2 = Macro(environment, macro, 'backup_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_4 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_4.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Please keep me in mind if another opening comes up; I'd still be very happy to join the team.")),
            )
            return concat(t_4)
        context.exported_vars.add('backup_3')
        context.vars['backup_3'] = l_0_backup_3 = Macro(environment, macro, 'backup_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_5 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_5.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("My interest in %(company)s hasn't changed: if a new role comes up, I'd love to be considered.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_5)
        context.exported_vars.add('backup_4')
        context.vars['backup_4'] = l_0_backup_4 = Macro(environment, macro, 'backup_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_6 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_6.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('If circumstances change and a position opens up, I would welcome the chance to be considered.')),
            )
            return concat(t_6)
        context.exported_vars.add('backup_5')
        context.vars['backup_5'] = l_0_backup_5 = Macro(environment, macro, 'backup_5', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c, l_1_x):
            t_7 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_7.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Thank you for encouraging me to reapply: %(x)s.', x=l_1_x)),
            )
            return concat(t_7)
        context.exported_vars.add('reapply_1')
        context.vars['reapply_1'] = l_0_reapply_1 = Macro(environment, macro, 'reapply_1', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_8 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_8.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'll gladly take you up on the invitation to reapply; %(x)s.", x=l_1_x)),
            )
            return concat(t_8)
        context.exported_vars.add('reapply_2')
        context.vars['reapply_2'] = l_0_reapply_2 = Macro(environment, macro, 'reapply_2', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c, l_1_x):
            t_9 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            if l_1_x is missing:
                l_1_x = undefined("parameter 'x' was not provided", name='x')
            pass
            t_9.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I appreciate the invitation to reapply; %(x)s.', x=l_1_x)),
            )
            return concat(t_9)
        context.exported_vars.add('reapply_3')
        context.vars['reapply_3'] = l_0_reapply_3 = Macro(environment, macro, 'reapply_3', ('c', 'x'), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_10 = []
            l_1_ngettext = resolve('ngettext')
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if (environment.getattr(l_1_c, 'reapply_months') and environment.getattr(l_1_c, 'plan')):
                pass
                t_10.append(
                    str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('I plan to do so in about a month, once I %(plan)s', 'I plan to do so in about %(months)s months, once I %(plan)s', environment.getattr(l_1_c, 'reapply_months'), count=environment.getattr(l_1_c, 'reapply_months'), months=t_1(environment.getattr(l_1_c, 'reapply_months')), plan=environment.getattr(l_1_c, 'plan'))),
                )
            elif environment.getattr(l_1_c, 'reapply_months'):
                pass
                t_10.append(
                    str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('I plan to do so in about a month, with more to show for myself', 'I plan to do so in about %(months)s months, with more to show for myself', environment.getattr(l_1_c, 'reapply_months'), count=environment.getattr(l_1_c, 'reapply_months'), months=t_1(environment.getattr(l_1_c, 'reapply_months')))),
                )
            elif environment.getattr(l_1_c, 'plan'):
                pass
                t_10.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("before I do, I'll %(plan)s", plan=environment.getattr(l_1_c, 'plan'))),
                )
            else:
                pass
                t_10.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I plan to, and in the meantime I'll keep building my experience")),
                )
            return concat(t_10)
        context.exported_vars.add('reapply__1')
        context.vars['reapply__1'] = l_0_reapply__1 = Macro(environment, macro, 'reapply__1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_11 = []
            l_1_ngettext = resolve('ngettext')
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if (environment.getattr(l_1_c, 'reapply_months') and environment.getattr(l_1_c, 'plan')):
                pass
                t_11.append(
                    str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))("in a month or so I'll apply again, after I %(plan)s", "in about %(months)s months I'll apply again, after I %(plan)s", environment.getattr(l_1_c, 'reapply_months'), count=environment.getattr(l_1_c, 'reapply_months'), months=t_1(environment.getattr(l_1_c, 'reapply_months')), plan=environment.getattr(l_1_c, 'plan'))),
                )
            elif environment.getattr(l_1_c, 'plan'):
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'll use the time to %(plan)s, so that I come back a stronger candidate", plan=environment.getattr(l_1_c, 'plan'))),
                )
            elif environment.getattr(l_1_c, 'reapply_months'):
                pass
                t_11.append(
                    str(((undefined(name='ngettext') if l_1_ngettext is missing else l_1_ngettext))('I plan to apply again in a month or so', 'I plan to apply again in about %(months)s months', environment.getattr(l_1_c, 'reapply_months'), count=environment.getattr(l_1_c, 'reapply_months'), months=t_1(environment.getattr(l_1_c, 'reapply_months')))),
                )
            else:
                pass
                t_11.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('I hope to come back with even more to offer')),
                )
            return concat(t_11)
        context.exported_vars.add('reapply__2')
        context.vars['reapply__2'] = l_0_reapply__2 = Macro(environment, macro, 'reapply__2', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_12 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_12.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("In the coming months I'll %(plan)s, and I hope to be a stronger candidate for a future opening at %(company)s.", plan=environment.getattr(l_1_c, 'plan'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_12)
        context.exported_vars.add('plan_1')
        context.vars['plan_1'] = l_0_plan_1 = Macro(environment, macro, 'plan_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_13 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_13.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'm going to %(plan)s, and I'd be glad to be considered again once I have.", plan=environment.getattr(l_1_c, 'plan'))),
            )
            return concat(t_13)
        context.exported_vars.add('plan_2')
        context.vars['plan_2'] = l_0_plan_2 = Macro(environment, macro, 'plan_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_14 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_14.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('My next step is to %(plan)s; I hope our paths cross again at %(company)s.', plan=environment.getattr(l_1_c, 'plan'), company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_14)
        context.exported_vars.add('plan_3')
        context.vars['plan_3'] = l_0_plan_3 = Macro(environment, macro, 'plan_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_15 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_15.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd value a conversation about how I can develop toward a role like this one.")),
            )
            return concat(t_15)
        context.exported_vars.add('internal_1')
        context.vars['internal_1'] = l_0_internal_1 = Macro(environment, macro, 'internal_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_16 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_16.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("When you have a moment in the coming weeks, I'd appreciate your thoughts on how I can develop toward this kind of role.")),
            )
            return concat(t_16)
        context.exported_vars.add('internal_2')
        context.vars['internal_2'] = l_0_internal_2 = Macro(environment, macro, 'internal_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_17 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_17.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd welcome your guidance on what would make me a stronger candidate next time.")),
            )
            return concat(t_17)
        context.exported_vars.add('internal_3')
        context.vars['internal_3'] = l_0_internal_3 = Macro(environment, macro, 'internal_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_18 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            if environment.getattr(l_1_c, 'plan'):
                pass
                t_18.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd like to %(plan)s — do you see that as the right next step for me?", plan=environment.getattr(l_1_c, 'plan'))),
                )
            else:
                pass
                t_18.append(
                    str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Could we find time to talk about which skills would help me most for a role like this next time?')),
                )
            return concat(t_18)
        context.exported_vars.add('internal_4')
        context.vars['internal_4'] = l_0_internal_4 = Macro(environment, macro, 'internal_4', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_19 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_19.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be glad to hear about other searches you're running that match my background.")),
            )
            return concat(t_19)
        context.exported_vars.add('agency_1')
        context.vars['agency_1'] = l_0_agency_1 = Macro(environment, macro, 'agency_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_20 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_20.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("Please keep me in mind for other roles you're recruiting for; I enjoyed working with you.")),
            )
            return concat(t_20)
        context.exported_vars.add('agency_2')
        context.vars['agency_2'] = l_0_agency_2 = Macro(environment, macro, 'agency_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_21 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_21.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("If another of your clients needs someone with my experience, I'd be very happy to talk.")),
            )
            return concat(t_21)
        context.exported_vars.add('agency_3')
        context.vars['agency_3'] = l_0_agency_3 = Macro(environment, macro, 'agency_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_22 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_22.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Please keep me in mind for other openings at %(company)s that match my background.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_22)
        context.exported_vars.add('recruiter_1')
        context.vars['recruiter_1'] = l_0_recruiter_1 = Macro(environment, macro, 'recruiter_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_23 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_23.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I'd be glad to hear from you if another role at %(company)s comes up.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_23)
        context.exported_vars.add('recruiter_2')
        context.vars['recruiter_2'] = l_0_recruiter_2 = Macro(environment, macro, 'recruiter_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_24 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_24.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("I remain very interested in %(company)s, so I hope we'll be in touch about future roles.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_24)
        context.exported_vars.add('recruiter_3')
        context.vars['recruiter_3'] = l_0_recruiter_3 = Macro(environment, macro, 'recruiter_3', ('c',), False, False, False, context.eval_ctx.autoescape)
        yield '\n'
        def macro(l_1_c):
            t_25 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_25.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Should a suitable opening come up at %(company)s in the future, I would welcome the opportunity to be considered.', company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_25)
        context.exported_vars.add('future_1')
        context.vars['future_1'] = l_0_future_1 = Macro(environment, macro, 'future_1', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_26 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_26.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))('Please keep me in mind for future roles that match my background.')),
            )
            return concat(t_26)
        context.exported_vars.add('future_2')
        context.vars['future_2'] = l_0_future_2 = Macro(environment, macro, 'future_2', ('c',), False, False, False, context.eval_ctx.autoescape)
        def macro(l_1_c):
            t_27 = []
            l_1_gettext = resolve('gettext')
            if l_1_c is missing:
                l_1_c = undefined("parameter 'c' was not provided", name='c')
            pass
            t_27.append(
                str(((undefined(name='gettext') if l_1_gettext is missing else l_1_gettext))("In the months ahead, I'll keep an eye on openings at %(company)s, and I hope to apply again.", company=environment.getattr(l_1_c, 'company'))),
            )
            return concat(t_27)
        context.exported_vars.add('future_3')
        context.vars['future_3'] = l_0_future_3 = Macro(environment, macro, 'future_3', ('c',), False, False, False, context.eval_ctx.autoescape)

    blocks = {}
    debug_info = '8=18&9=30&10=42&11=54&12=66&14=79&15=93&16=107&17=121&18=151&20=182&21=194&22=206&24=219&25=231&26=243&27=255&29=275&30=287&31=299&33=312&34=324&35=336&37=349&38=361&39=373'
    return locals()
